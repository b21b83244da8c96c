package vn.dienbien.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that checks a token's signature and claims once and reuses the result until
 * the token expires: the same bearer token arrives with every request of a session, and its RSA
 * check was the largest cost of a request. Keyed by the whole token (signature included), so only
 * the very token that passed is served from here; failures are never kept. An entry is used only
 * while its expiry, with the clock skew {@link TokenValidation} allows, has not passed (machine
 * time, as in {@link TokenValidation}); then the token goes to the delegate again, which refuses it
 * as expired. Bounded: the least recently used token is dropped beyond {@code maxTokens}. A small
 * synchronised map rather than a cache library: Caffeine is not on the platform's classpath, and
 * the critical section is a map lookup.
 */
final class VerifiedTokens implements JwtDecoder {

  private final JwtDecoder delegate;
  private final Duration skew;
  private final Clock clock;
  private final Map<String, Jwt> verified;

  VerifiedTokens(JwtDecoder delegate, Duration skew, Clock clock, int maxTokens) {
    this.delegate = delegate;
    this.skew = skew;
    this.clock = clock;
    this.verified =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
            return size() > maxTokens;
          }
        };
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Jwt known;
    synchronized (verified) {
      known = verified.get(token);
    }
    if (known != null && usable(known)) {
      return known;
    }
    Jwt decoded = delegate.decode(token);
    if (usable(decoded)) {
      synchronized (verified) {
        verified.put(token, decoded);
      }
    }
    return decoded;
  }

  int size() {
    synchronized (verified) {
      return verified.size();
    }
  }

  private boolean usable(Jwt jwt) {
    Instant expires = jwt.getExpiresAt();
    return expires != null && !clock.instant().minus(skew).isAfter(expires);
  }
}
