package vn.dienbien.auth.server;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import vn.dienbien.signingkeys.SigningKeys;

/**
 * Spring Authorization Server: OIDC discovery, JWKS, the authorization-code flow with PKCE for the
 * services' Swagger UI (public client {@code swagger-ui}) and the web portal (confidential client
 * {@code web-portal}), and OpenID Connect logout.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
    http.oauth2AuthorizationServer(
            server -> {
              http.securityMatcher(server.getEndpointsMatcher());
              server.oidc(Customizer.withDefaults());
            })
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .cors(Customizer.withDefaults())
        .exceptionHandling(e ->
            e.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/login"),
                new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a ->
            a.requestMatchers(
                    "/actuator/health/**", "/actuator/health", "/demo/token", "/error", "/")
                .permitAll()
                .anyRequest()
                .authenticated())
        // The demo token endpoint is for curl, which has no session to protect from CSRF.
        .csrf(c -> c.ignoringRequestMatchers("/demo/token"))
        .formLogin(form -> form.loginPage("/login").permitAll());
    return http.build();
  }

  @Bean
  RegisteredClientRepository clients(
      AuthProperties properties, PortalClientProperties portal, PasswordEncoder passwords) {
    RegisteredClient.Builder swagger =
        RegisteredClient.withId(UUID.nameUUIDFromBytes("swagger-ui".getBytes()).toString())
            .clientId("swagger-ui")
            .clientName("Swagger UI của các dịch vụ")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(true)
                    .requireAuthorizationConsent(false)
                    .build())
            .tokenSettings(
                TokenSettings.builder().accessTokenTimeToLive(properties.tokenTtl()).build());
    properties
        .swaggerOrigins()
        .forEach(origin -> swagger.redirectUri(origin + "/swagger-ui/oauth2-redirect.html"));
    return new InMemoryRegisteredClientRepository(
        swagger.build(), PortalClient.of(portal, properties.tokenTtl(), passwords));
  }

  @Bean
  RSAKey signingKey(AuthProperties properties) {
    return SigningKeys.load(properties.keyFile());
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
    return new ImmutableJWKSet<>(SigningKeys.set(signingKey));
  }

  @Bean
  JwtEncoder jwtEncoder(JWKSource<SecurityContext> keys) {
    return new NimbusJwtEncoder(keys);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
    return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
  }

  @Bean
  CorsConfigurationSource corsConfigurationSource(AuthProperties properties) {
    var cors = new CorsConfiguration();
    cors.setAllowedOrigins(properties.swaggerOrigins());
    cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
    cors.setAllowedHeaders(List.of("*"));
    var source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/oauth2/**", cors);
    source.registerCorsConfiguration("/.well-known/**", cors);
    source.registerCorsConfiguration("/userinfo", cors);
    return source;
  }
}
