package vn.dienbien.testsupport.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import vn.dienbien.signingkeys.SigningKeys;

/**
 * Signs tokens shaped like the authorisation server's ({@code iss}, {@code aud}, {@code exp},
 * {@code sub}, {@code roles}, {@code unit}, {@code name}) with an RSA key made once per test JVM
 * (the auth server's {@link SigningKeys}), and gives services its public key, so tests exercise the
 * real resource-server path — the platform's own token checks included — without a running auth
 * server.
 */
public final class TestTokens {

  /** The issuer of the local auth server, which services expect by default. */
  public static final String ISSUER = "http://127.0.0.1:9000";

  /** The audience services expect by default ({@code platform.security.jwt.audiences}). */
  public static final String AUDIENCE = "directive-tracking";

  private static final RSAKey KEY = SigningKeys.generate();

  private TestTokens() {}

  /** A token for {@code user} of {@code unit} (null for none) with these roles. */
  public static String mint(String user, String unit, String... roles) {
    Instant now = Instant.now();
    JwtClaimsSet.Builder claims =
        JwtClaimsSet.builder()
            .issuer(ISSUER)
            .subject(user)
            .audience(List.of(AUDIENCE))
            .issuedAt(now)
            .expiresAt(now.plus(Duration.ofHours(1)))
            .id(UUID.randomUUID().toString())
            .claim("roles", List.of(roles))
            .claim("name", user);
    if (unit != null) {
      claims.claim("unit", unit);
    }
    return encode(claims.build());
  }

  /** Any claims, signed with the test key (expired tokens, foreign issuers, odd role shapes). */
  public static String encode(JwtClaimsSet claims) {
    var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY)));
    JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY.getKeyID()).build();
    return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
  }

  /**
   * The public half of the test key, as the key source a service's platform decoder uses in tests
   * (so the platform's own checks of issuer, audience and expiry apply to test tokens too).
   */
  public static JWKSource<SecurityContext> keys() {
    return new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK()));
  }

  /** Verifies signature, issuer, audience and a required expiry, for tests outside a service. */
  public static JwtDecoder decoder() {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys()).build();
    JwtTimestampValidator expiry = new JwtTimestampValidator();
    expiry.setAllowEmptyExpiryClaim(false);
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            new JwtIssuerValidator(ISSUER), new JwtAudienceValidator(AUDIENCE), expiry));
    return decoder;
  }
}
