package vn.dienbien.platform.security;

import java.time.Duration;
import java.util.List;
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
 * @param jwt what a token must carry besides issuer and signature
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
    String tokenUrl,
    Jwt jwt) {

  /** The API's audience every token from the local auth server and the Keycloak realm names. */
  public static final String DEFAULT_AUDIENCE = "directive-tracking";

  /** The largest clock skew accepted: a token cannot outlive its expiry by more. */
  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  /**
   * {@code platform.security.jwt.*}.
   *
   * @param audiences a token's {@code aud} must name at least one of these (per deployment)
   * @param clockSkew tolerance on {@code exp} and {@code nbf}, at most 5 minutes (default 60 s)
   * @param cacheSize verified tokens kept until they expire, least recently used dropped first
   *     (default 10 000; 0 verifies every request)
   */
  public record Jwt(List<String> audiences, Duration clockSkew, Integer cacheSize) {
    public Jwt {
      cacheSize = cacheSize == null ? 10_000 : cacheSize;
      if (cacheSize < 0) {
        throw new IllegalArgumentException("platform.security.jwt.cache-size must be 0 or more");
      }
      audiences =
          audiences == null || audiences.stream().allMatch(PlatformSecurityProperties::blank)
              ? List.of(DEFAULT_AUDIENCE)
              : audiences.stream().filter(a -> !blank(a)).map(String::trim).toList();
      clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
      if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
        throw new IllegalArgumentException(
            "platform.security.jwt.clock-skew must be between 0 and " + MAX_CLOCK_SKEW);
      }
    }
  }

  /**
   * A token bucket per user and instance: {@code capacity} writes at once, refilled by {@code
   * perMinute}. {@code exemptUsers} (user ids, empty by default) are not limited: the load user of
   * {@code ./run-local.sh --bench}, so a benchmark runs with everyone else's production limits.
   */
  public record RateLimit(Integer capacity, Integer perMinute, List<String> exemptUsers) {
    public RateLimit {
      capacity = capacity == null ? 60 : capacity;
      perMinute = perMinute == null ? 60 : perMinute;
      exemptUsers =
          exemptUsers == null
              ? List.of()
              : exemptUsers.stream().filter(u -> !blank(u)).map(String::trim).toList();
    }
  }

  public PlatformSecurityProperties {
    enabled = enabled == null || enabled;
    issuerUri = blank(issuerUri) ? "http://127.0.0.1:9000" : issuerUri;
    userClaim = blank(userClaim) ? "sub" : userClaim;
    policyRequired = policyRequired != null && policyRequired;
    metricsUser = blank(metricsUser) ? "prometheus" : metricsUser;
    rateLimit = rateLimit == null ? new RateLimit(null, null, null) : rateLimit;
    authorizationUrl = blank(authorizationUrl) ? issuerUri + "/oauth2/authorize" : authorizationUrl;
    tokenUrl = blank(tokenUrl) ? issuerUri + "/oauth2/token" : tokenUrl;
    jwt = jwt == null ? new Jwt(null, null, null) : jwt;
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
