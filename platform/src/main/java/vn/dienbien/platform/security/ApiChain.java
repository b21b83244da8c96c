package vn.dienbien.platform.security;

import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/** The main chain, in its secured (JWT + policy) and open (header-based tests) forms. */
final class ApiChain {

  /** Public without a token: probes and API documents. */
  static final String[] PUBLIC = {
    "/actuator/health",
    "/actuator/health/**",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/v3/api-docs.yaml",
    "/swagger-ui/**",
    "/swagger-ui.html",
    "/asyncapi*",
    "/asyncapi/**",
    "/error"
  };

  record Parts(
      EndpointPolicy policy,
      CurrentActor actor,
      JwtDecoder decoder,
      JwtClaims claims,
      List<ChainFilter> filters,
      RateLimitFilter rateLimit,
      int maxBody) {}

  private ApiChain() {}

  static SecurityFilterChain secured(HttpSecurity http, Parts parts) throws Exception {
    ProblemEntryPoints problems = ProblemEntryPoints.bearer();
    stateless(http, parts.filters());
    http.oauth2ResourceServer(rs ->
            rs.authenticationEntryPoint(problems)
                .accessDeniedHandler(problems)
                .jwt(
                    jwt -> jwt.decoder(parts.decoder()).jwtAuthenticationConverter(parts.claims())))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .authorizeHttpRequests(a ->
            a.requestMatchers(PUBLIC)
                .permitAll()
                .requestMatchers("/api/**")
                .access(new PolicyAuthorizationManager(parts.policy()))
                .requestMatchers("/actuator/**")
                .hasRole(Role.ADMIN.name())
                .anyRequest()
                .authenticated())
        .addFilterAfter(
            new UnitScopeFilter(parts.policy(), parts.actor(), parts.maxBody()),
            AuthorizationFilter.class)
        .addFilterAfter(parts.rateLimit(), UnitScopeFilter.class)
        .addFilterAfter(new ActorHeadersFilter(parts.actor()), RateLimitFilter.class);
    return http.build();
  }

  /** No authentication: business tests pass X-User-Id / X-Unit-Id headers; the audit still runs. */
  static SecurityFilterChain open(HttpSecurity http, List<ChainFilter> filters) throws Exception {
    stateless(http, filters);
    http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }

  private static void stateless(HttpSecurity http, List<ChainFilter> filters) throws Exception {
    http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable);
    for (ChainFilter filter : filters) {
      http.addFilterBefore(filter.filter(), ExceptionTranslationFilter.class);
    }
  }
}
