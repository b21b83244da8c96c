package vn.dienbien.auth.server;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code auth.*}.
 *
 * @param issuer the issuer every token carries and services expect
 * @param keyFile where the signing key is kept; blank = a new key per start
 * @param tokenTtl lifetime of access tokens
 * @param swaggerOrigins origins of the services' Swagger UI (redirects and CORS)
 * @param audience the {@code aud} of every access token: the API audience the services require
 *     ({@code platform.security.jwt.audiences})
 */
@ConfigurationProperties("auth")
public record AuthProperties(
    String issuer,
    String keyFile,
    Duration tokenTtl,
    List<String> swaggerOrigins,
    String audience) {

  public AuthProperties {
    audience = audience == null || audience.isBlank() ? "directive-tracking" : audience;
  }
}
