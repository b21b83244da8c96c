package vn.dienbien.directive.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
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
 * Who may call what (issue 7). The first matching rule wins; a handler under /api without a rule is
 * refused, and SecurityMatrixIntegrationTests fails until it gets one.
 */
@Configuration(proxyBeanMethods = false)
class AccessPolicy {

  @Bean
  EndpointPolicy endpointPolicy() {
    EndpointPolicy.Builder policy = EndpointPolicy.builder();
    directory(policy);
    drafting(policy);
    assignments(policy);
    // Directives, tasks, assignments and units are not personal data: every role reads them.
    return policy.read("/api/v1/**", VIEWER, MONITOR, EDITOR, ADMIN, UNIT_OFFICER).build();
  }

  /** The units directory is reference data every service keys on: administrators only. */
  private static void directory(EndpointPolicy.Builder policy) {
    policy
        .allow(POST, "/api/v1/units", ADMIN)
        .allow(POST, "/api/v1/units/import", ADMIN)
        .allow(PUT, "/api/v1/units/{id}", ADMIN)
        .allow(DELETE, "/api/v1/units/{id}", ADMIN)
        // Groups are the recipient lists ("nơi nhận") the Văn phòng names when drafting.
        .allow(POST, "/api/v1/unit-groups", ADMIN, EDITOR)
        .allow(PUT, "/api/v1/unit-groups/{id}/members", ADMIN, EDITOR);
  }

  /** The Văn phòng drafts and issues directives. */
  private static void drafting(EndpointPolicy.Builder policy) {
    policy
        .allow(POST, "/api/v1/directives", EDITOR)
        .allow(POST, "/api/v1/directives/{id}/issue", EDITOR)
        .allow(POST, "/api/v1/directives/{id}/tasks", EDITOR)
        .allow(PUT, "/api/v1/directives/{id}/tasks/{code}", EDITOR)
        .allow(DELETE, "/api/v1/directives/{id}/tasks/{code}", EDITOR);
  }

  /** A unit asks for more time on its assignment; the monitoring body decides and closes. */
  private static void assignments(EndpointPolicy.Builder policy) {
    policy
        // Only the assignment knows its unit: Extensions.request checks it once loaded.
        .allowOwnUnit(
            POST, "/api/v1/assignments/{id}/extension-requests", UnitFrom.service(), UNIT_OFFICER)
        .allow(POST, "/api/v1/assignments/{id}/extension-requests/{requestId}/approve", MONITOR)
        .allow(POST, "/api/v1/assignments/{id}/extension-requests/{requestId}/reject", MONITOR)
        // AssignmentClosing also checks that the caller's unit is the monitoring body.
        .allow(POST, "/api/v1/assignments/{id}/complete", MONITOR);
  }
}
