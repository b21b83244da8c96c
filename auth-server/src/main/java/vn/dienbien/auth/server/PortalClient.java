package vn.dienbien.auth.server;

import java.time.Duration;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The web portal as an OAuth2 client: confidential (it keeps a secret on its server), authorization
 * code with PKCE all the same, refresh tokens so a long working day needs one sign-in, and a
 * post-logout redirect back to the portal (OpenID Connect RP-initiated logout).
 */
final class PortalClient {

  static final String CLIENT_ID = "web-portal";
  static final String REGISTRATION = "portal";

  private PortalClient() {}

  static RegisteredClient of(
      PortalClientProperties portal, Duration accessTokenTtl, PasswordEncoder passwords) {
    RegisteredClient.Builder client =
        RegisteredClient.withId(UUID.nameUUIDFromBytes(CLIENT_ID.getBytes()).toString())
            .clientId(CLIENT_ID)
            .clientSecret(passwords.encode(portal.clientSecret()))
            .clientName("Cổng thông tin theo dõi thực hiện chỉ thị")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(true)
                    .requireAuthorizationConsent(false)
                    .build())
            .tokenSettings(
                TokenSettings.builder()
                    .accessTokenTimeToLive(accessTokenTtl)
                    .refreshTokenTimeToLive(portal.refreshTokenTtl())
                    .reuseRefreshTokens(false)
                    .build());
    for (String origin : portal.origins()) {
      client.redirectUri(origin + "/login/oauth2/code/" + REGISTRATION);
      client.postLogoutRedirectUri(origin + "/da-dang-xuat");
    }
    return client.build();
  }
}
