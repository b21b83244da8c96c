package vn.dienbien.auth.token;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import vn.dienbien.auth.user.DemoUser;
import vn.dienbien.auth.user.DemoUsers;

/**
 * Puts the claims services authorise on into every token issued for a person: {@code roles}, {@code
 * unit} and {@code name}. Never a phone number or an email address.
 */
@Component
public class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  @Override
  public void customize(JwtEncodingContext context) {
    boolean forPerson =
        OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
            || "id_token".equals(context.getTokenType().getValue());
    if (forPerson) {
      DemoUsers.find(context.getPrincipal().getName())
          .ifPresent(user -> claimsOf(user).forEach(context.getClaims()::claim));
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
