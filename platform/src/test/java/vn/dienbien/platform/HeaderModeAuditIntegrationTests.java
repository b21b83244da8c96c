package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import vn.dienbien.platform.audit.AuditRecord;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.testsupport.IntegrationTestBase;

/**
 * A service without an EndpointPolicy (today's services, until the integration step) stays in
 * header mode: no token needed, X-User-Id names the person, and the audit trail still records.
 */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HeaderModeAuditIntegrationTests extends IntegrationTestBase {

  @LocalServerPort int port;

  @Autowired MongoTemplate mongo;

  @Test
  void writesWithoutATokenWorkAndAreAuditedUnderTheHeaderUser() {
    var headers = new HttpHeaders();
    headers.add("X-User-Id", "header.user");
    headers.add("X-Unit-Id", "XA-NA-HY");
    headers.add("X-Request-Id", "bad id with spaces");
    var answer =
        new SecuredApiClient(port)
            .call(
                HttpMethod.POST,
                "/api/v1/samples",
                null,
                "{\"title\":\"Mô hình dân vận khéo\",\"progress\":10}",
                headers);
    assertThat(answer.status()).isEqualTo(200);
    String requestId = answer.headers().getFirst("X-Request-Id");
    assertThat(requestId)
        .as("an unsafe id is replaced")
        .isNotEqualTo("bad id with spaces")
        .hasSize(36);

    var recorded =
        mongo.find(Query.query(Criteria.where("userId").is("header.user")), AuditRecord.class);
    assertThat(recorded)
        .singleElement()
        .satisfies(r -> {
          assertThat(r.unitId()).isEqualTo("XA-NA-HY");
          assertThat(r.requestId()).isEqualTo(requestId);
          assertThat(r.status()).isEqualTo(200);
        });
  }
}
