package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.directive.AssignmentExtensionDecided;
import vn.dienbien.contracts.directive.AssignmentExtensionRequested;
import vn.dienbien.contracts.directive.DeadlineExtended;
import vn.dienbien.directive.DirectiveIntegrationTestBase;
import vn.dienbien.directive.Fixtures;
import vn.dienbien.directive.directive.Dates;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtensionIntegrationTests extends DirectiveIntegrationTestBase {

  static final String APPROVED = "31-ct-tu:1@XA-MUONG-NHE";
  static final String REJECTED = "31-ct-tu:1@XA-SIN-THAU";
  static final Map<String, String> MONITOR =
      Map.of("X-Unit-Id", "BTGDV-TU", "X-User-Id", "can-bo-btgdv-01");

  @Autowired TestClock clock;

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
    LocalDate newDue = clock.today().plusDays(30);
    String requestId =
        ask(APPROVED, newDue.toString()).get("pendingExtension").get("id").asString();
    CloudEvent requested =
        directiveEvents(AssignmentExtensionRequested.TYPE, "assignmentId", APPROVED, 1).getFirst();
    assertThat(data(requested).get("currentDueDate").asString()).isEqualTo("2026-06-30");
    assertThat(data(requested).get("proposedDueDate").asString()).isEqualTo(newDue.toString());
    assertThat(data(requested).get("requestId").asString()).isEqualTo(requestId);

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
    assertThat(approved.get("currentDueDate").asString()).isEqualTo(newDue.toString());
    assertThat(approved.get("extensions").get(0).get("decision").asString()).isEqualTo("APPROVED");
    List<CloudEvent> events = directiveEvents(DeadlineExtended.TYPE, "assignmentId", APPROVED, 1);
    assertThat(events).hasSize(1);
    assertThat(data(events.get(0)).get("originalDueDate").asString()).isEqualTo("2026-06-30");
    assertThat(data(events.get(0)).get("newDueDate").asString()).isEqualTo(newDue.toString());
    assertThat(data(events.get(0)).get("actorId").asString()).isEqualTo("can-bo-btgdv-01");
    JsonNode decided =
        data(
            directiveEvents(AssignmentExtensionDecided.TYPE, "assignmentId", APPROVED, 1)
                .getFirst());
    assertThat(decided.get("decision").asString()).isEqualTo("APPROVED");
    assertThat(decided.get("previousDueDate").asString()).isEqualTo("2026-06-30");
    assertThat(decided.get("dueDate").asString()).isEqualTo(newDue.toString());
    assertThat(decided.get("note").asString()).isEqualTo("Đồng ý gia hạn");
    // deciding twice is refused and publishes nothing more
    call(
            HttpMethod.POST,
            "/api/v1/assignments/" + APPROVED + "/extension-requests/" + requestId + "/approve",
            Map.of(),
            MONITOR)
        .assertProblem(409, null);
  }

  @Test
  void aRejectedExtensionKeepsTheDueDateAndIsToldButMovesNothing() {
    LocalDate proposed = clock.today().plusDays(60);
    String requestId =
        ask(REJECTED, proposed.toString()).get("pendingExtension").get("id").asString();

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
    JsonNode refused =
        data(
            directiveEvents(AssignmentExtensionDecided.TYPE, "assignmentId", REJECTED, 1)
                .getFirst());
    assertThat(refused.get("decision").asString()).isEqualTo("REFUSED");
    assertThat(refused.get("proposedDueDate").asString()).isEqualTo(proposed.toString());
    assertThat(refused.get("dueDate").asString()).isEqualTo("2026-06-30");
    assertThat(refused.get("note").asString()).isEqualTo("Đề nghị hoàn thành đúng hạn");
  }

  @Test
  void onlyTheMonitoringBodyDecidesAndOnlyFixedDateTasksCanBeExtended() {
    String id = "31-ct-tu:1@XA-NAM-KE";
    String requestId =
        ask(id, clock.today().plusDays(10).toString()).get("pendingExtension").get("id").asString();
    call(
            HttpMethod.POST,
            "/api/v1/assignments/" + id + "/extension-requests/" + requestId + "/approve",
            Map.of(),
            Map.of("X-Unit-Id", "XA-NAM-KE"))
        .assertProblem(403, null);
    post(
            "/api/v1/assignments/" + id + "/extension-requests",
            Map.of("reason", "Lần hai", "proposedDueDate", clock.today().plusDays(20).toString()))
        .assertProblem(409, null);
    post(
            "/api/v1/assignments/31-ct-tu:2@BTC-TU/extension-requests",
            Map.of("reason", "Cần thêm thời gian", "proposedDueDate", "2026-07-20"))
        .assertProblem(409, "deadlineKind");
    post(
            "/api/v1/assignments/31-ct-tu:1@XA-NA-HY/extension-requests",
            Map.of("reason", "Sớm hơn", "proposedDueDate", "2026-06-01"))
        .assertProblem(400, "proposedDueDate");
    // After the due date but before today: refused, naming today (Asia/Ho_Chi_Minh).
    LocalDate yesterday = clock.today().minusDays(1);
    if (yesterday.isAfter(LocalDate.of(2026, 6, 30))) {
      var past =
          post(
              "/api/v1/assignments/31-ct-tu:1@XA-NA-HY/extension-requests",
              Map.of("reason", "Đã qua", "proposedDueDate", yesterday.toString()));
      past.assertProblem(400, "proposedDueDate");
      assertThat(past.body().toString())
          .contains("không được trước ngày hôm nay " + Dates.shown(clock.today()));
    }
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
