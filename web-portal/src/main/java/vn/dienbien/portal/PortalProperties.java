package vn.dienbien.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.*}.
 *
 * @param services base URLs of the four services
 * @param connectTimeout how long to wait for a service to accept a connection
 * @param readTimeout how long to wait for a service's answer before its panel says it is down
 * @param oidc the authorization server the portal signs people in with
 */
@ConfigurationProperties("portal")
public record PortalProperties(
    Services services, Duration connectTimeout, Duration readTimeout, Oidc oidc) {

  public record Services(
      String directive, String report, String modelRegistry, String notification) {}

  /**
   * @param issuer the {@code iss} of ID tokens (checked)
   * @param authorizationUri where browsers are sent to sign in
   * @param tokenUri where the portal redeems codes and refresh tokens (server to server)
   * @param jwkSetUri keys that sign ID tokens (server to server)
   * @param endSessionUri OpenID Connect RP-initiated logout (browser)
   * @param clientId the portal's confidential client
   * @param clientSecret its secret
   * @param userNameClaim the claim that names the person ({@code sub}; Keycloak: {@code
   *     preferred_username})
   */
  public record Oidc(
      String issuer,
      String authorizationUri,
      String tokenUri,
      String jwkSetUri,
      String endSessionUri,
      String clientId,
      String clientSecret,
      String userNameClaim) {}
}
