package vn.dienbien.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as the ID token describes them: the same {@code roles} and {@code unit}
 * claims the services authorise on, so pages offer what the services will allow.
 */
public record PortalUser(String username, String name, List<Role> roles, Optional<String> unit) {

  static PortalUser of(OidcUser user, String userNameClaim) {
    String username = user.getClaimAsString(userNameClaim);
    String name = user.getClaimAsString("name");
    return new PortalUser(
        username == null ? user.getSubject() : username,
        name == null || name.isBlank() ? username : name,
        roles(user.getClaims().get("roles")),
        Optional.ofNullable(user.getClaimAsString("unit")).filter(u -> !u.isBlank()));
  }

  /**
   * A list claim, or one string (some issuers flatten one-element lists); unknown roles ignored.
   */
  static List<Role> roles(Object claim) {
    Collection<String> values =
        claim instanceof Collection<?> list
            ? list.stream().map(String::valueOf).toList()
            : claim instanceof String single ? List.of(single.split("[ ,]+")) : List.of();
    return values.stream()
        .flatMap(v -> java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(v)))
        .distinct()
        .toList();
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean officer() {
    return has(Role.UNIT_OFFICER);
  }

  /** The monitoring body: reviews reports, decides extensions, marks assignments complete. */
  public boolean monitors() {
    return has(Role.MONITOR);
  }

  /**
   * Decides on some models (evaluate, recognise, re-evaluate): the monitoring body at cấp tỉnh, a
   * unit's approver at cấp xã; which models is model-registry's rule.
   */
  public boolean decides() {
    return monitors() || has(Role.UNIT_APPROVER);
  }

  public String rolesLabel() {
    return roles.stream().map(Role::label).collect(Collectors.joining(", "));
  }
}
