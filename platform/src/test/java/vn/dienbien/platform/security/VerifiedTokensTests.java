package vn.dienbien.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.dienbien.testsupport.time.TestClock;

class VerifiedTokensTests {

  private static final Duration SKEW = Duration.ofSeconds(60);

  private final TestClock clock = TestClock.startingAtBase();
  private final List<String> verified = new ArrayList<>();
  private final List<String> refused = new ArrayList<>();

  /** Verifies a token "exp-<seconds from now>", refuses those listed in {@link #refused}. */
  private final JwtDecoder signatures =
      token -> {
        verified.add(token);
        Instant now = clock.instant();
        if (refused.contains(token) || now.minus(SKEW).isAfter(now.plusSeconds(expiresIn(token)))) {
          throw new BadJwtException("refused " + token);
        }
        return Jwt.withTokenValue(token)
            .header("alg", "RS256")
            .subject("can-bo")
            .issuedAt(now)
            .expiresAt(now.plusSeconds(expiresIn(token)))
            .build();
      };

  private final VerifiedTokens tokens = new VerifiedTokens(signatures, SKEW, clock, 2);

  @Test
  void aTokenIsVerifiedOnceUntilItExpires() {
    Jwt first = tokens.decode("exp-300");
    assertThat(tokens.decode("exp-300")).isSameAs(first);
    clock.advance(Duration.ofSeconds(299).plus(SKEW));
    assertThat(tokens.decode("exp-300")).isSameAs(first);
    assertThat(verified).containsExactly("exp-300");
  }

  @Test
  void anExpiredTokenGoesBackToTheVerifierWhichRefusesIt() {
    tokens.decode("exp-300");
    clock.advance(Duration.ofSeconds(301).plus(SKEW));
    refused.add("exp-300");
    assertThatThrownBy(() -> tokens.decode("exp-300")).isInstanceOf(BadJwtException.class);
    assertThat(verified).containsExactly("exp-300", "exp-300");
  }

  @Test
  void aRefusedTokenIsNotRemembered() {
    refused.add("exp-600");
    assertThatThrownBy(() -> tokens.decode("exp-600")).isInstanceOf(BadJwtException.class);
    refused.clear();
    tokens.decode("exp-600");
    assertThat(verified).containsExactly("exp-600", "exp-600");
    assertThat(tokens.size()).isEqualTo(1);
  }

  @Test
  void theLeastRecentlyUsedTokenIsDroppedBeyondTheBound() {
    tokens.decode("exp-100");
    tokens.decode("exp-200");
    tokens.decode("exp-100");
    tokens.decode("exp-300");
    assertThat(tokens.size()).isEqualTo(2);
    tokens.decode("exp-100");
    tokens.decode("exp-200");
    assertThat(verified).containsExactly("exp-100", "exp-200", "exp-300", "exp-200");
  }

  private static long expiresIn(String token) {
    return Long.parseLong(token.substring("exp-".length()));
  }
}
