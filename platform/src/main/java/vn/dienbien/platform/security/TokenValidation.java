package vn.dienbien.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * What a token must carry besides a valid signature: the configured issuer, one of the configured
 * audiences ({@code aud}), an expiry ({@code exp}) not passed by more than the allowed clock skew,
 * and no {@code nbf} in the future. An expired token is told apart from an invalid one so people
 * read "đăng nhập lại" rather than "không hợp lệ".
 */
final class TokenValidation {

  /** The error description marking an expired token (read by {@link ProblemEntryPoints}). */
  static final String EXPIRED = "token-expired";

  private TokenValidation() {}

  static OAuth2TokenValidator<Jwt> of(PlatformSecurityProperties properties, Clock clock) {
    Duration skew = properties.jwt().clockSkew();
    JwtTimestampValidator timestamps = new JwtTimestampValidator(skew);
    timestamps.setAllowEmptyExpiryClaim(false);
    timestamps.setClock(clock);
    return new DelegatingOAuth2TokenValidator<>(
        expiry(skew, clock),
        new JwtIssuerValidator(properties.issuerUri()),
        audience(properties.jwt().audiences()),
        timestamps);
  }

  static OAuth2TokenValidator<Jwt> expiry(Duration skew, Clock clock) {
    return jwt -> {
      Instant expires = jwt.getExpiresAt();
      if (expires == null) {
        return failure("exp is required");
      }
      return clock.instant().minus(skew).isAfter(expires)
          ? failure(EXPIRED)
          : OAuth2TokenValidatorResult.success();
    };
  }

  static OAuth2TokenValidator<Jwt> audience(List<String> audiences) {
    return jwt -> {
      List<String> aud = jwt.getAudience();
      return aud != null && aud.stream().anyMatch(audiences::contains)
          ? OAuth2TokenValidatorResult.success()
          : failure("aud must name one of " + audiences);
    };
  }

  private static OAuth2TokenValidatorResult failure(String description) {
    return OAuth2TokenValidatorResult.failure(
        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
  }
}
