package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.EDITOR;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.security.UnitFrom;
import vn.dienbien.platform.securityapp.SampleReport;
import vn.dienbien.platform.securityapp.SecuredTestApplication;
import vn.dienbien.testsupport.security.SecurityMatrixTests;

/** test-support's matrix run against the small secured app: every endpoint × role. */
@SpringBootTest(
    classes = SecuredTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:secured-app.properties")
class SecurityMatrixIntegrationTests extends SecurityMatrixTests {

  @Autowired MongoTemplate mongo;

  @BeforeEach
  void ownUnitHasAReport() {
    mongo.save(new SampleReport("R-OWN", ownUnit(), "SUBMITTED", "officer.muongnhe", null));
  }

  @Test
  void aMissingRuleIsReported() {
    var withoutReview =
        EndpointPolicy.builder()
            .allowOwnUnit(
                POST, "/api/v1/units/{unitId}/reports", UnitFrom.path("unitId"), UNIT_OFFICER)
            .allowOwnUnit(POST, "/api/v1/reports", UnitFrom.body("unitId"), UNIT_OFFICER)
            .read("/api/v1/**", VIEWER, MONITOR, EDITOR, ADMIN, UNIT_OFFICER)
            .build();
    assertThat(uncovered(withoutReview))
        .contains(
            "POST /api/v1/reports/{id}/review",
            "POST /api/v1/reports/{id}/withdrawal",
            "DELETE /api/v1/reports/{id}");
  }

  @Test
  void aPolicyTheServiceDoesNotEnforceIsReported() {
    var wrong =
        EndpointPolicy.builder()
            .allow(POST, "/api/v1/reports/{id}/review", VIEWER)
            .allow(POST, "/api/v1/reports", UNIT_OFFICER)
            .read("/api/v1/**", VIEWER, MONITOR, EDITOR, ADMIN, UNIT_OFFICER)
            .build();
    assertThat(mismatches(wrong))
        .contains(
            "POST /api/v1/reports/{id}/review VIEWER: allowed by the policy but got 403",
            "POST /api/v1/reports/{id}/review MONITOR: expected 403 but got 200",
            "DELETE /api/v1/reports/{id} no policy rule");
  }

  @Override
  protected Map<String, Example> examples() {
    return Map.of(
        "POST /api/v1/reports/{id}/withdrawal",
        new Example("/api/v1/reports/R-OWN/withdrawal", null),
        "POST /api/v1/reports/{id}/review",
        new Example("/api/v1/reports/R-OWN/review", "{\"verdict\":\"ACCEPTED\"}"));
  }
}
