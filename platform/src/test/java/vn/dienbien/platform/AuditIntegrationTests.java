package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dienbien.platform.securityapp.SecuredTestApplication;
import vn.dienbien.testsupport.security.SecuredIntegrationTestBase;
import vn.dienbien.testsupport.security.TestTokens;

/** Every state-changing request is traceable to a person; the trail is read-only. */
@SpringBootTest(
    classes = SecuredTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:secured-app.properties")
class AuditIntegrationTests extends SecuredIntegrationTestBase {

  private static final String MONITOR = TestTokens.mint("monitor", "BTGDV-TU", "MONITOR");

  @LocalServerPort int port;

  private SecuredApiClient api() {
    return new SecuredApiClient(port);
  }

  @Test
  void submissionAndReviewByTwoPeopleAreBothInTheTrail() {
    String unit = "XA-SIN-THAU";
    String officer = TestTokens.mint("officer.sinthau", unit, "UNIT_OFFICER");
    var requestId = new HttpHeaders();
    requestId.add("X-Request-Id", "req-" + UUID.randomUUID());
    var submitted =
        api()
            .call(
                HttpMethod.POST,
                "/api/v1/reports",
                officer,
                "{\"unitId\":\"" + unit + "\",\"title\":\"Báo cáo quý IV\"}",
                requestId);
    assertThat(submitted.status()).isEqualTo(201);
    assertThat(submitted.headers().getFirst("X-Request-Id"))
        .isEqualTo(requestId.getFirst("X-Request-Id"));
    String reportId = submitted.body().path("id").asString();
    var reviewed =
        api()
            .post("/api/v1/reports/" + reportId + "/review", MONITOR, "{\"verdict\":\"ACCEPTED\"}");
    assertThat(reviewed.status()).isEqualTo(200);

    List<JsonNode> trail =
        api()
            .get("/api/v1/audit?subject=" + reportId, MONITOR)
            .body()
            .path("items")
            .valueStream()
            .toList();
    assertThat(trail).hasSize(2);
    JsonNode review = trail.get(0);
    JsonNode submission = trail.get(1);
    assertThat(submission.path("userId").asString()).isEqualTo("officer.sinthau");
    assertThat(submission.path("unitId").asString()).isEqualTo(unit);
    assertThat(submission.path("resultId").asString()).isEqualTo(reportId);
    assertThat(submission.path("requestId").asString())
        .isEqualTo(requestId.getFirst("X-Request-Id"));
    assertThat(review.path("userId").asString()).isEqualTo("monitor");
    assertThat(review.path("pattern").asString()).isEqualTo("/api/v1/reports/{id}/review");
    assertThat(review.path("pathIds").path("id").asString()).isEqualTo(reportId);
    assertThat(review.path("status").asInt()).isEqualTo(200);
    assertThat(review.path("at").asString()).endsWith("+07:00");
    assertThat(api().get("/api/v1/audit?unit=" + unit, MONITOR).body().path("totalItems").asInt())
        .as("the officer's unit finds the submission")
        .isEqualTo(1);
  }

  @Test
  void theTimeRangeSelectsByWhenTheChangeWasMade() {
    String officer = TestTokens.mint("officer.quanglam", "XA-QUANG-LAM", "UNIT_OFFICER");
    assertThat(api().post("/api/v1/units/XA-QUANG-LAM/reports", officer, null).status())
        .isEqualTo(201);
    String user = "/api/v1/audit?user=officer.quanglam";
    assertThat(
            api()
                .get(user + "&from=2020-01-01T00:00:00Z", MONITOR)
                .body()
                .path("totalItems")
                .asInt())
        .isEqualTo(1);
    assertThat(
            api()
                .get(user + "&from=2099-01-01T00:00:00Z", MONITOR)
                .body()
                .path("totalItems")
                .asInt())
        .isZero();
    assertThat(
            api().get(user + "&to=2020-01-01T00:00:00Z", MONITOR).body().path("totalItems").asInt())
        .isZero();
    assertThat(
            api().get(user + "&to=2099-01-01T00:00:00Z", MONITOR).body().path("totalItems").asInt())
        .isEqualTo(1);
  }

  @Test
  void refusedAndInvalidWritesAreRecordedToo() {
    String officer = TestTokens.mint("officer.namke", "XA-NAM-KE", "UNIT_OFFICER");
    assertThat(
            api()
                .post("/api/v1/reports", officer, "{\"unitId\":\"XA-NAM-KE\",\"title\":\"\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            api()
                .post("/api/v1/reports/R-NONE/review", officer, "{\"verdict\":\"ACCEPTED\"}")
                .status())
        .isEqualTo(403);
    var trail = api().get("/api/v1/audit?user=officer.namke", MONITOR).body().path("items");
    assertThat(trail.findValuesAsString("status")).containsExactly("403", "400");
    assertThat(trail.get(1).path("outcome").asString()).isEqualTo("validation");
  }

  @Test
  void onlyAdminAndMonitorReadTheTrailAndNobodyEditsIt() {
    assertThat(api().get("/api/v1/audit", TestTokens.mint("viewer", null, "VIEWER")).status())
        .isEqualTo(403);
    assertThat(
            api()
                .get("/api/v1/audit", TestTokens.mint("officer", "XA-NA-HY", "UNIT_OFFICER"))
                .status())
        .isEqualTo(403);
    String admin = TestTokens.mint("admin", null, "ADMIN");
    assertThat(api().get("/api/v1/audit?size=1", admin).status()).isEqualTo(200);
    for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
      assertThat(api().call(method, "/api/v1/audit", admin, "{}", new HttpHeaders()).status())
          .isEqualTo(403);
    }
    var backwards =
        api()
            .get(
                "/api/v1/audit?from=2026-11-22T10:00:00%2B07:00&to=2026-11-22T09:00:00%2B07:00",
                admin);
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body().path("errors").get(0).path("field").asString()).isEqualTo("to");
    var badSize = api().get("/api/v1/audit?size=1000", admin);
    assertThat(badSize.status()).isEqualTo(400);
    assertThat(badSize.body().path("errors").get(0).path("field").asString()).isEqualTo("size");
  }
}
