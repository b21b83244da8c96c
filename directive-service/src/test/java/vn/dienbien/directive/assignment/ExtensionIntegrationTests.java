package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.directive.DeadlineExtended;
import vn.dienbien.directive.DirectiveServiceIntegrationTest;
import vn.dienbien.directive.Fixtures;
import vn.dienbien.testsupport.Waits;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtensionIntegrationTests extends DirectiveServiceIntegrationTest {

  static final String APPROVED = "31-ct-tu:1@XA-MUONG-NHE";
  static final String REJECTED = "31-ct-tu:1@XA-SIN-THAU";
  static final Map<String, String> MONITOR =
      Map.of("X-Unit-Id", "BTGDV-TU", "X-User-Id", "can-bo-btgdv-01");

  @BeforeAll
  void issueADirectiveForAllCommunes() {
    post(
        "/api/v1/directives",
        Fixtures.directive(
            "31-CT/TU", Fixtures.allCommunesTask("1"), Fixtures.ongoingTask("2", "BTC-TU")));
    post("/api/v1/directives/31-ct-tu/issue", null);
  }

  @Test
  void anApprovedExtensionMovesTheCurrentDueDateKeepsTheOriginalAndPublishesDeadlineExtended() {
    String requestId = ask(APPROVED, "2026-07-31").get("pendingExtension").get("id").asString();

    var answer =
        call(
            HttpMethod.POST,
            "/api/v1/assignments/" + APPROVED + "/extension-requests/" + requestId + "/approve",
            Map.of("note", "Đồng ý gia hạn"),
            MONITOR);
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    JsonNode approved = answer.body();

    assertThat(approved.get("status").asString()).isEqualTo("EXTENDED");
    assertThat(approved.get("originalDueDate").asString()).isEqualTo("2026-06-30");
    assertThat(approved.get("currentDueDate").asString()).isEqualTo("2026-07-31");
    assertThat(approved.get("extensions").get(0).get("decision").asString()).isEqualTo("APPROVED");
    List<CloudEvent> events = directiveEvents(DeadlineExtended.TYPE, "assignmentId", APPROVED, 1);
    assertThat(events).hasSize(1);
    assertThat(data(events.get(0)).get("originalDueDate").asString()).isEqualTo("2026-06-30");
    assertThat(data(events.get(0)).get("newDueDate").asString()).isEqualTo("2026-07-31");
    assertThat(data(events.get(0)).get("actorId").asString()).isEqualTo("can-bo-btgdv-01");
    // deciding twice is refused and publishes nothing more
    call(
            HttpMethod.POST,
            "/api/v1/assignments/" + APPROVED + "/extension-requests/" + requestId + "/approve",
            Map.of(),
            MONITOR)
        .assertProblem(409, null);
  }

  @Test
  void aRejectedExtensionKeepsTheDueDateAndPublishesNothing() {
    String requestId = ask(REJECTED, "2026-08-31").get("pendingExtension").get("id").asString();

    JsonNode rejected =
        call(
                HttpMethod.POST,
                "/api/v1/assignments/" + REJECTED + "/extension-requests/" + requestId + "/reject",
                Map.of("note", "Đề nghị hoàn thành đúng hạn"),
                MONITOR)
            .body();

    assertThat(rejected.get("status").asString()).isEqualTo("OPEN");
    assertThat(rejected.get("currentDueDate").asString()).isEqualTo("2026-06-30");
    assertThat(rejected.get("extensions").get(0).get("decision").asString()).isEqualTo("REJECTED");
    assertThat(directiveEvents(DeadlineExtended.TYPE, "assignmentId", REJECTED, 1, Waits.QUIET))
        .isEmpty();
  }

  @Test
  void onlyTheMonitoringBodyDecidesAndOnlyFixedDateTasksCanBeExtended() {
    String id = "31-ct-tu:1@XA-NAM-KE";
    String requestId = ask(id, "2026-07-15").get("pendingExtension").get("id").asString();
    call(
            HttpMethod.POST,
            "/api/v1/assignments/" + id + "/extension-requests/" + requestId + "/approve",
            Map.of(),
            Map.of("X-Unit-Id", "XA-NAM-KE"))
        .assertProblem(403, null);
    post(
            "/api/v1/assignments/" + id + "/extension-requests",
            Map.of("reason", "Lần hai", "proposedDueDate", "2026-07-20"))
        .assertProblem(409, null);
    post(
            "/api/v1/assignments/31-ct-tu:2@BTC-TU/extension-requests",
            Map.of("reason", "Cần thêm thời gian", "proposedDueDate", "2026-07-20"))
        .assertProblem(409, "deadlineKind");
    post(
            "/api/v1/assignments/31-ct-tu:1@XA-NA-HY/extension-requests",
            Map.of("reason", "Sớm hơn", "proposedDueDate", "2026-06-01"))
        .assertProblem(400, "proposedDueDate");
    assertThat(
            get("/api/v1/assignments/31-ct-tu:1@XA-NAM-KE").body().get("currentDueDate").asString())
        .isEqualTo("2026-06-30");
  }

  private JsonNode ask(String assignmentId, String proposed) {
    var answer =
        post(
            "/api/v1/assignments/" + assignmentId + "/extension-requests",
            Map.of(
                "reason", "Đang chờ ý kiến thống nhất của cấp ủy xã", "proposedDueDate", proposed));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    return answer.body();
  }
}
