package vn.dienbien.platform.security;

import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * {@code /actuator/prometheus} behind its own HTTP Basic credential (the scraper has no person
 * behind it); closed when no password is configured. The same credential, sent to a health
 * endpoint, shows the health details (components and their details) that anonymous callers do not
 * see. Open in the header-based test mode.
 */
final class MetricsChain {

  private static final String[] HEALTH = {"/actuator/health", "/actuator/health/**"};

  private MetricsChain() {}

  static SecurityFilterChain build(HttpSecurity http, PlatformSecurityProperties properties)
      throws Exception {
    http.securityMatcher(matcher())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable);
    if (!properties.enabled()) {
      http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
      return http.build();
    }
    ProblemEntryPoints problems = ProblemEntryPoints.basic("metrics");
    http.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    if (PlatformSecurityProperties.blank(properties.metricsPassword())) {
      http.authorizeHttpRequests(a -> a.requestMatchers(HEALTH).permitAll().anyRequest().denyAll());
      return http.build();
    }
    return basicAuth(http, properties, problems);
  }

  /** The scrape endpoint, and the health endpoints when called with Basic credentials. */
  private static RequestMatcher matcher() {
    return new OrRequestMatcher(
        PathPatternRequestMatcher.pathPattern("/actuator/prometheus"),
        new AndRequestMatcher(
            new OrRequestMatcher(
                PathPatternRequestMatcher.pathPattern("/actuator/health"),
                PathPatternRequestMatcher.pathPattern("/actuator/health/**")),
            request -> {
              String authorization = request.getHeader("Authorization");
              return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
            }));
  }

  /** The scraper's account, checked by HTTP Basic; health stays open to all. */
  private static SecurityFilterChain basicAuth(
      HttpSecurity http, PlatformSecurityProperties properties, ProblemEntryPoints problems)
      throws Exception {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    var scraper =
        User.withUsername(properties.metricsUser())
            .password(encoder.encode(properties.metricsPassword()))
            .roles("METRICS")
            .build();
    var provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(scraper));
    provider.setPasswordEncoder(encoder);
    http.authenticationManager(new ProviderManager(provider))
        .httpBasic(b -> b.authenticationEntryPoint(problems))
        .authorizeHttpRequests(
            a -> a.requestMatchers(HEALTH).permitAll().anyRequest().hasRole("METRICS"));
    return http.build();
  }
}
