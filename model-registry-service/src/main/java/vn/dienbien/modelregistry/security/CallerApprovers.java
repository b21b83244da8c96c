package vn.dienbien.modelregistry.security;

import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_APPROVER;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dienbien.modelregistry.recognition.Approver;
import vn.dienbien.modelregistry.recognition.Approvers;
import vn.dienbien.platform.security.CurrentActor;

/**
 * The approver behind the current request: MONITOR decides provincial exemplars, UNIT_APPROVER its
 * own unit's level; no roles (jobs, seeding, security off) is the system itself.
 */
@Component
class CallerApprovers implements Approvers {

  private final CurrentActor actor;

  CallerApprovers(CurrentActor actor) {
    this.actor = actor;
  }

  @Override
  public Approver current() {
    Set<String> roles = actor.roles();
    if (roles.isEmpty()) {
      return Approver.SYSTEM;
    }
    String ownUnit = roles.contains(UNIT_APPROVER.name()) ? actor.unitId().orElse(null) : null;
    return new Approver(roles.contains(MONITOR.name()), ownUnit, false);
  }
}
