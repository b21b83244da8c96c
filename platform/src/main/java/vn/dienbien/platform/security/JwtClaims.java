package vn.dienbien.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token into an authentication: {@code roles} → ROLE_*, principal from the user
 * claim.
 */
final class JwtClaims implements Converter<Jwt, AbstractAuthenticationToken> {

  static final String ROLES = "roles";
  static final String UNIT = "unit";

  private static final Set<String> KNOWN =
      java.util.Arrays.stream(Role.values())
          .map(Role::name)
          .collect(Collectors.toUnmodifiableSet());

  private final String userClaim;

  JwtClaims(String userClaim) {
    this.userClaim = userClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    var authorities =
        roles(jwt).stream()
            .filter(KNOWN::contains)
            .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
            .toList();
    String user = jwt.getClaimAsString(userClaim);
    return new JwtAuthenticationToken(jwt, authorities, user == null ? jwt.getSubject() : user);
  }

  /** A list claim, or a single string (some issuers flatten one-element lists). */
  private static Collection<String> roles(Jwt jwt) {
    Object claim = jwt.getClaims().get(ROLES);
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    return claim instanceof String single ? List.of(single.split("[ ,]+")) : List.of();
  }
}
