package vn.dienbien.platform.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One line of a service's access policy: who may call {@code method pattern}, and whether a
 * unit-bound role (UNIT_OFFICER, UNIT_APPROVER) is held to their own unit.
 *
 * @param unitFrom empty when the rule is not unit-scoped
 */
public record EndpointRule(
    HttpMethod method, String pattern, Set<Role> roles, Optional<UnitFrom> unitFrom) {

  public EndpointRule {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /**
   * A rule without roles lets anyone in, token or not (see EndpointPolicy.Builder#permitAnonymous).
   */
  public boolean anonymous() {
    return roles.isEmpty();
  }

  /**
   * True when a caller with these roles is held to their own unit by this rule: they hold a
   * unit-bound role (UNIT_OFFICER, UNIT_APPROVER) and no broader role the rule allows.
   */
  public boolean scopes(Set<Role> callerRoles) {
    if (unitFrom.isEmpty() || callerRoles.stream().noneMatch(Role::unitBound)) {
      return false;
    }
    return callerRoles.stream().noneMatch(r -> !r.unitBound() && roles.contains(r));
  }

  public boolean allows(Set<Role> callerRoles) {
    return callerRoles.stream().anyMatch(roles::contains);
  }
}
