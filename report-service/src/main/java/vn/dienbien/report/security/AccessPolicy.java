package vn.dienbien.report.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.EDITOR;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.security.Role;
import vn.dienbien.platform.security.UnitFrom;

/**
 * Who may call which endpoint of report-service (issues 7 and 14). A unit's officer submits its
 * reports; only the monitoring body (Ban Tuyên giáo và Dân vận) reviews them. Every role reads, but
 * a unit's officer reads only their own unit's obligations, reports and evidence files (checked by
 * the controllers once the resource is loaded, or by narrowing the list to the officer's unit);
 * aggregated progress and its exports stay readable to all.
 */
@Configuration(proxyBeanMethods = false)
class AccessPolicy {

  private static final Role[] ALL = {VIEWER, MONITOR, EDITOR, ADMIN, UNIT_OFFICER};

  @Bean
  EndpointPolicy endpointPolicy() {
    return EndpointPolicy.builder()
        // The submitting unit is X-Unit-Id, i.e. the token's unit; Submissions holds the officer to
        // obligations of that unit (CurrentActor.requireUnit) once the obligation is loaded. Not
        // UnitFrom.service(): the multipart variant of this endpoint cannot be driven by the
        // generic matrix, so the other-unit refusal is proven in SecuredReportFlowIntegrationTests.
        .allowOwnUnit(POST, "/api/v1/reports", UnitFrom.token(), UNIT_OFFICER)
        // Reviews also checks that the reviewer's unit is the obligation's monitoring unit.
        .allow(POST, "/api/v1/reports/{id}/review", MONITOR)
        // A unit's officer asks for more time on a period of its own unit (ObligationExtensions
        // checks the owner once the obligation is loaded); its monitoring body decides.
        .allowOwnUnit(
            POST, "/api/v1/obligations/{id}/extension-requests", UnitFrom.service(), UNIT_OFFICER)
        .allow(POST, "/api/v1/obligations/{id}/extension-requests/{requestId}/decision", MONITOR)
        .allowOwnUnit(GET, "/api/v1/obligations", UnitFrom.service(), ALL)
        .allowOwnUnit(GET, "/api/v1/obligations/by-group", UnitFrom.service(), ALL)
        .allowOwnUnit(GET, "/api/v1/obligations/by-group/{group}", UnitFrom.service(), ALL)
        .allowOwnUnit(GET, "/api/v1/obligations/{id}", UnitFrom.service(), ALL)
        .allowOwnUnit(GET, "/api/v1/reports/{id}", UnitFrom.service(), ALL)
        .allowOwnUnit(GET, "/api/v1/reports/{reportId}/evidence/{fileId}", UnitFrom.service(), ALL)
        .read("/api/v1/**", ALL)
        .build();
  }
}
