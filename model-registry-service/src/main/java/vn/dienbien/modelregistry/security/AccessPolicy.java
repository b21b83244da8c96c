package vn.dienbien.modelregistry.security;

import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.EDITOR;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.security.UnitFrom;

/**
 * Who may call which endpoint of the model registry (issue 7). Units register their own models and
 * exemplars; the monitoring body (Ban Tuyên giáo và Dân vận) evaluates, recognises and commends
 * them. Registering is deliberately not given to MONITOR: the body that recognises a model must not
 * also be the one that put it forward (directive 11-CT/TU item 11.7e: units register at their own
 * level, the monitoring body surveys, evaluates and recognises). Everything here is public-sector
 * register data without contact details, so every role reads.
 */
@Configuration(proxyBeanMethods = false)
class AccessPolicy {

  @Bean
  EndpointPolicy endpointPolicy() {
    return EndpointPolicy.builder()
        // New models and exemplars name their owning unit in the body; ModelApi re-checks it.
        .allowOwnUnit(POST, "/api/v1/models", UnitFrom.body("unitId"), UNIT_OFFICER)
        .allowOwnUnit(POST, "/api/v1/exemplars", UnitFrom.body("unitId"), UNIT_OFFICER)
        // A further year or the provincial level: the owner is only known once ModelApi loads the
        // model.
        .allowOwnUnit(POST, "/api/v1/models/{id}/registrations", UnitFrom.service(), UNIT_OFFICER)
        .allowOwnUnit(
            POST, "/api/v1/exemplars/{id}/registrations", UnitFrom.service(), UNIT_OFFICER)
        .allow(POST, "/api/v1/evaluations", MONITOR)
        .allow(POST, "/api/v1/recognitions", MONITOR)
        .allow(POST, "/api/v1/recognitions/bulk", MONITOR)
        .allow(POST, "/api/v1/recognitions/rejections", MONITOR)
        .allow(POST, "/api/v1/recognitions/{recognitionId}/re-evaluations", MONITOR)
        .allow(POST, "/api/v1/commendation-rounds/{roundId}/commendations", MONITOR)
        .read("/api/v1/**", VIEWER, MONITOR, EDITOR, ADMIN, UNIT_OFFICER)
        .build();
  }
}
