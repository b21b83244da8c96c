package vn.dienbien.platform;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.dienbien.platform.securityapp.SampleReport;
import vn.dienbien.platform.securityapp.SecuredTestApplication;
import vn.dienbien.testsupport.security.SecurityMatrixTests;

/** test-support's matrix run against the small secured app: every endpoint × role. */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:secured-app.properties")
class SecurityMatrixIntegrationTests extends SecurityMatrixTests {

  @Autowired
  MongoTemplate mongo;

  @BeforeEach
  void ownUnitHasAReport() {
    mongo.save(new SampleReport("R-OWN", ownUnit(), "SUBMITTED", "officer.muongnhe", null));
  }

  @Override
  protected Map<String, Example> examples() {
    return Map.of("POST /api/v1/reports/{id}/withdrawal", new Example("/api/v1/reports/R-OWN/withdrawal", null),
        "POST /api/v1/reports/{id}/review", new Example("/api/v1/reports/R-OWN/review", "{\"verdict\":\"ACCEPTED\"}"));
  }
}
