package vn.dienbien.platform.securityapp;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.EDITOR;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.security.UnitFrom;

/** A small secured service: reports submitted by units, reviewed by the monitoring body. */
@SpringBootApplication
public class SecuredTestApplication {

  @Bean
  EndpointPolicy endpointPolicy() {
    return EndpointPolicy.builder()
        .allowOwnUnit(POST, "/api/v1/units/{unitId}/reports", UnitFrom.path("unitId"), UNIT_OFFICER)
        .allowOwnUnit(POST, "/api/v1/reports", UnitFrom.body("unitId"), UNIT_OFFICER)
        .allowOwnUnit(
            POST, "/api/v1/reports/{id}/withdrawal", UnitFrom.service(), UNIT_OFFICER, ADMIN)
        .allow(POST, "/api/v1/reports/{id}/review", MONITOR)
        .allow(DELETE, "/api/v1/reports/{id}", ADMIN)
        .permitAnonymous(POST, "/api/v1/callbacks/delivery")
        .read("/api/v1/**", VIEWER, MONITOR, EDITOR, ADMIN, UNIT_OFFICER)
        .build();
  }
}
