package vn.dienbien.portal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in with the authorization code flow and PKCE (also for this confidential client), sign-out
 * at the authorization server too (OpenID Connect RP-initiated logout), and a way back to the page
 * a person was on when their session ended. Pages are grouped by role only so that nobody is
 * offered what the services would refuse; the services decide.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String SIGN_IN = "/oauth2/authorization/" + OidcRegistration.ID;

  @Bean
  SecurityFilterChain portalChain(HttpSecurity http, ClientRegistrationRepository clients)
      throws Exception {
    var requests = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
    requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    var signedOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
    signedOut.setPostLogoutRedirectUri("{baseUrl}/da-dang-xuat");
    var cache = new HttpSessionRequestCache();
    // A partial (htmx) request is never the page to come back to: the full page reloads instead.
    cache.setRequestMatcher(savedRequests());
    http.authorizeHttpRequests(SecurityConfiguration::pagesByRole)
        .requestCache(c -> c.requestCache(cache))
        .oauth2Login(o ->
            o.loginPage("/dang-nhap")
                .failureUrl("/dang-nhap?loi")
                .authorizationEndpoint(e -> e.authorizationRequestResolver(requests))
                .userInfoEndpoint(u -> u.userAuthoritiesMapper(rolesFromIdToken())))
        .exceptionHandling(e -> e.authenticationEntryPoint(new SignInEntryPoint(SIGN_IN)))
        .logout(l -> l.logoutUrl("/dang-xuat").logoutSuccessHandler(signedOut));
    return http.build();
  }

  @Bean
  OAuth2AuthorizedClientManager authorizedClients(
      ClientRegistrationRepository clients, OAuth2AuthorizedClientRepository authorized) {
    var manager = new DefaultOAuth2AuthorizedClientManager(clients, authorized);
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
    return manager;
  }

  /** Pages grouped by role, so that nobody is offered what the services would refuse. */
  private static void pagesByRole(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
    a.requestMatchers(
            "/webjars/**",
            "/css/**",
            "/js/**",
            "/img/**",
            "/favicon.ico",
            "/actuator/health/**",
            "/da-dang-xuat",
            "/dang-nhap",
            "/error")
        .permitAll()
        .requestMatchers("/don-vi/**")
        .hasRole(Role.UNIT_OFFICER.name())
        .requestMatchers("/tham-dinh/**", "/gia-han/**")
        .hasRole(Role.MONITOR.name())
        // A unit's approver decides its own models at cấp xã (model-registry checks which).
        .requestMatchers("/danh-gia/**", "/khen-thuong/**")
        .hasAnyRole(Role.MONITOR.name(), Role.UNIT_APPROVER.name())
        .requestMatchers("/soan-thao/**")
        .hasRole(Role.EDITOR.name())
        .requestMatchers("/quan-tri/**")
        .hasRole(Role.ADMIN.name())
        .anyRequest()
        .authenticated();
  }

  private static RequestMatcher savedRequests() {
    RequestMatcher get = request -> "GET".equals(request.getMethod());
    return new AndRequestMatcher(
        get, new NegatedRequestMatcher(new RequestHeaderRequestMatcher(Htmx.REQUEST)));
  }

  /** The ID token's {@code roles} become ROLE_* authorities, as in the services. */
  private static GrantedAuthoritiesMapper rolesFromIdToken() {
    return authorities -> {
      List<GrantedAuthority> mapped = new ArrayList<>(authorities);
      for (GrantedAuthority authority : authorities) {
        if (authority instanceof OidcUserAuthority oidc) {
          Collection<Role> roles = PortalUser.roles(oidc.getIdToken().getClaims().get("roles"));
          roles.forEach(r -> mapped.add(new SimpleGrantedAuthority(r.authority())));
        }
      }
      return mapped;
    };
  }
}
