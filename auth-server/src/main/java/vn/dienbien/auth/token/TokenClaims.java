package vn.dienbien.auth.token;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import vn.dienbien.auth.server.AuthProperties;
import vn.dienbien.auth.user.DemoUser;
import vn.dienbien.auth.user.DemoUsers;

/**
 * Puts the claims services authorise on into every token issued for a person: {@code roles}, {@code
 * unit} and {@code name}; and into every access token the API audience ({@code auth.audience})
 * beside the client's own id, since services refuse tokens not meant for them. Never a phone number
 * or an email address.
 */
@Component
public class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  private final AuthProperties properties;

  public TokenClaims(AuthProperties properties) {
    this.properties = properties;
  }

  @Override
  public void customize(JwtEncodingContext context) {
    boolean access = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
    boolean forPerson = access || "id_token".equals(context.getTokenType().getValue());
    if (forPerson) {
      DemoUsers.find(context.getPrincipal().getName())
          .ifPresent(user -> claimsOf(user).forEach(context.getClaims()::claim));
    }
    if (access) {
      context
          .getClaims()
          .claims(claims -> {
            Set<String> audience = new LinkedHashSet<>();
            Object current = claims.get(JwtClaimNames.AUD);
            if (current instanceof Collection<?> values) {
              values.forEach(v -> audience.add(String.valueOf(v)));
            } else if (current != null) {
              audience.add(String.valueOf(current));
            }
            audience.add(properties.audience());
            claims.put(JwtClaimNames.AUD, List.copyOf(audience));
          });
    }
  }

  /** The person's claims, shared by the authorization-code flow and the local demo endpoint. */
  public static Map<String, Object> claimsOf(DemoUser user) {
    return user.unit()
        .<Map<String, Object>>map(
            unit -> Map.of("roles", user.roles(), "unit", unit, "name", user.name()))
        .orElseGet(() -> Map.of("roles", user.roles(), "name", user.name()));
  }

  static void addTo(JwtClaimsSet.Builder builder, DemoUser user) {
    claimsOf(user).forEach(builder::claim);
  }

  static Optional<DemoUser> user(String username) {
    return DemoUsers.find(username);
  }
}
