package vn.dienbien.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.security.*}.
 *
 * @param enabled resource server on JWTs; false = the header-based mode of business tests
 * @param issuerUri issuer the tokens must carry; its discovery document gives the keys
 * @param jwkSetUri keys location, to skip discovery (e.g. Keycloak behind another host name)
 * @param userClaim claim that names the person ({@code sub}; {@code preferred_username} for
 *     Keycloak)
 * @param policyRequired fail at start when enabled and no EndpointPolicy bean exists
 * @param metricsUser HTTP Basic user allowed to scrape /actuator/prometheus
 * @param metricsPassword its password; blank closes the endpoint
 * @param rateLimit writes per user
 * @param authorizationUrl where Swagger UI sends people to log in (default: the issuer's, Spring
 *     Authorization Server layout; Keycloak: {issuer}/protocol/openid-connect/auth)
 * @param tokenUrl where Swagger UI exchanges the code (Keycloak:
 *     {issuer}/protocol/openid-connect/token)
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(
    Boolean enabled,
    String issuerUri,
    String jwkSetUri,
    String userClaim,
    Boolean policyRequired,
    String metricsUser,
    String metricsPassword,
    RateLimit rateLimit,
    String authorizationUrl,
    String tokenUrl) {

  /**
   * A token bucket per user and instance: {@code capacity} writes at once, refilled by {@code
   * perMinute}.
   */
  public record RateLimit(Integer capacity, Integer perMinute) {
    public RateLimit {
      capacity = capacity == null ? 60 : capacity;
      perMinute = perMinute == null ? 60 : perMinute;
    }
  }

  public PlatformSecurityProperties {
    enabled = enabled == null || enabled;
    issuerUri = blank(issuerUri) ? "http://127.0.0.1:9000" : issuerUri;
    userClaim = blank(userClaim) ? "sub" : userClaim;
    policyRequired = policyRequired != null && policyRequired;
    metricsUser = blank(metricsUser) ? "prometheus" : metricsUser;
    rateLimit = rateLimit == null ? new RateLimit(null, null) : rateLimit;
    authorizationUrl = blank(authorizationUrl) ? issuerUri + "/oauth2/authorize" : authorizationUrl;
    tokenUrl = blank(tokenUrl) ? issuerUri + "/oauth2/token" : tokenUrl;
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
