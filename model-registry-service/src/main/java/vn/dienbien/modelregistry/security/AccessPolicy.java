package vn.dienbien.modelregistry.security;

import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.EDITOR;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_APPROVER;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.security.UnitFrom;

/**
 * Who may call which endpoint of the model registry (issues 7 and 12). Units register their own
 * models and exemplars (UNIT_OFFICER). Decisions follow directive 11-CT/TU item 11.7e: a unit's
 * leadership (UNIT_APPROVER: the standing committee of a commune's Party committee, an agency's
 * leadership) evaluates, recognises, re-evaluates and commends at its own level ("cấp xã") for its
 * own unit and the units under it; the monitoring body (MONITOR, Ban Tuyên giáo và Dân vận) does so
 * at the provincial level. Both are checked by the service ({@code Jurisdiction}) once it knows the
 * model or the person's unit and the level. Registering is not given to MONITOR: the body that
 * recognises a model must not also be the one that put it forward. Everything here is public-sector
 * register data without contact details, so every role reads.
 */
@Configuration(proxyBeanMethods = false)
class AccessPolicy {

  @Bean
  EndpointPolicy endpointPolicy() {
    EndpointPolicy.Builder policy = EndpointPolicy.builder();
    registrations(policy);
    decisions(policy);
    return policy
        .read("/api/v1/**", VIEWER, MONITOR, EDITOR, ADMIN, UNIT_OFFICER, UNIT_APPROVER)
        .build();
  }

  /** A unit puts its own models and exemplars forward. */
  private static void registrations(EndpointPolicy.Builder policy) {
    policy
        // New models and exemplars name their owning unit in the body; ModelApi re-checks it.
        .allowOwnUnit(POST, "/api/v1/models", UnitFrom.body("unitId"), UNIT_OFFICER)
        .allowOwnUnit(POST, "/api/v1/exemplars", UnitFrom.body("unitId"), UNIT_OFFICER)
        // A further year or the provincial level: the owner is only known once ModelApi loads the
        // model.
        .allowOwnUnit(POST, "/api/v1/models/{id}/registrations", UnitFrom.service(), UNIT_OFFICER)
        .allowOwnUnit(
            POST, "/api/v1/exemplars/{id}/registrations", UnitFrom.service(), UNIT_OFFICER);
  }

  /** Evaluate, recognise, re-evaluate, commend: at the level the service finds the caller has. */
  private static void decisions(EndpointPolicy.Builder policy) {
    for (String path :
        List.of(
            "/api/v1/evaluations",
            "/api/v1/recognitions",
            "/api/v1/recognitions/bulk",
            "/api/v1/recognitions/rejections",
            "/api/v1/recognitions/{recognitionId}/re-evaluations",
            "/api/v1/commendation-rounds/{roundId}/commendations",
            "/api/v1/commendations")) {
      policy.allowOwnUnit(POST, path, UnitFrom.service(), MONITOR, UNIT_APPROVER);
    }
  }
}
