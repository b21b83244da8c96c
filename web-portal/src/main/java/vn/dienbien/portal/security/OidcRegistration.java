package vn.dienbien.portal.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import vn.dienbien.portal.PortalProperties;

/**
 * The portal as a confidential OpenID Connect client. Endpoints are configured, not discovered, so
 * the portal starts while the authorization server is down, and so that with Keycloak in docker
 * compose the browser-facing endpoints (127.0.0.1:8180) and the server-to-server ones
 * (keycloak:8080) can differ while ID tokens are still checked against the issuer browsers see.
 */
@Configuration(proxyBeanMethods = false)
class OidcRegistration {

  static final String ID = "portal";

  @Bean
  ClientRegistrationRepository clientRegistrations(PortalProperties properties) {
    var oidc = properties.oidc();
    return new InMemoryClientRegistrationRepository(
        ClientRegistration.withRegistrationId(ID)
            .clientId(oidc.clientId())
            .clientSecret(oidc.clientSecret())
            .clientName("Cổng thông tin theo dõi thực hiện chỉ thị")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
            .issuerUri(oidc.issuer())
            .authorizationUri(oidc.authorizationUri())
            .tokenUri(oidc.tokenUri())
            .jwkSetUri(oidc.jwkSetUri())
            .userNameAttributeName(oidc.userNameClaim())
            .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc.endSessionUri()))
            .build());
  }
}
