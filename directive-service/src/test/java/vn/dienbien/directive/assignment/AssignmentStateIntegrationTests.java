package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import vn.dienbien.analyst.LatestByKey;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.directive.AssignmentCurrentState;
import vn.dienbien.directive.DirectiveIntegrationTestBase;
import vn.dienbien.directive.Fixtures;
import vn.dienbien.testsupport.Waits;

/**
 * The compacted topic {@code assignment-state}: after an assignment is issued, asks for more time,
 * gets it and is withdrawn, its latest record is the assignment as stored.
 */
class AssignmentStateIntegrationTests extends DirectiveIntegrationTestBase {

  private static final ObjectMapper WIRE = new ObjectMapper();
  static final String EXTENDED = "71-ct-tu:1@BTC-TU";
  static final String PENDING = "72-ct-tu:2@XA-MUONG-NHE";

  @Autowired java.time.Clock clock;

  @org.springframework.beans.factory.annotation.Value("${spring.embedded.kafka.brokers}")
  String servers;

  @Test
  void latestRecordPerKeyIsTheStoredAssignment() {
    issue("71-CT/TU", null);
    LocalDate granted = proposal(LocalDate.of(2026, 6, 30));
    String requestId = ask(EXTENDED, granted.toString());
    var approved =
        call(
            HttpMethod.POST,
            "/api/v1/assignments/" + EXTENDED + "/extension-requests/" + requestId + "/approve",
            Map.of("note", "Đồng ý gia hạn"),
            Map.of("X-Unit-Id", "BTGDV-TU", "X-User-Id", "can-bo-btgdv-01"));
    assertThat(approved.status()).as("%s", approved.body()).isEqualTo(200);
    issue("72-CT/TU", "71-ct-tu");
    ask(PENDING, proposal(LocalDate.of(2026, 12, 31)).toString());

    List<String> ids = List.of(EXTENDED, "71-ct-tu:2@XA-MUONG-NHE", PENDING, "72-ct-tu:1@BTC-TU");
    Waits.background().until(() -> ids.stream().allMatch(id -> onTopic(latest(), id)));

    Map<String, JsonNode> latest = latest();
    AssignmentCurrentState extended = state(latest.get(EXTENDED));
    assertThat(extended.status()).isEqualTo(AssignmentCurrentState.Status.CLOSED);
    assertThat(extended.closedReason()).isEqualTo(AssignmentClosed.Reason.WITHDRAWN);
    assertThat(extended.extensionsApproved()).isEqualTo(1);
    assertThat(extended.originalDueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(extended.currentDueDate()).isEqualTo(granted);
    assertThat(state(latest.get(PENDING)).extensionPending()).isTrue();
    // Withdrawn: closed, and its request (none here) dropped.
    assertThat(state(latest.get("71-ct-tu:2@XA-MUONG-NHE")).status())
        .isEqualTo(AssignmentCurrentState.Status.CLOSED);
    assertThat(state(latest.get("72-ct-tu:1@BTC-TU")).status())
        .isEqualTo(AssignmentCurrentState.Status.OPEN);
    for (String id : ids) {
      assertThat(latest.get(id).path("subject").asText()).isEqualTo(id);
      assertThat(latest.get(id).path("source").asText()).isEqualTo("/directive-service");
      // Neither who asked or decided, nor why.
      assertThat(latest.get(id).toString())
          .doesNotContain("can-bo-btgdv-01")
          .doesNotContain("Đồng ý gia hạn")
          .doesNotContain("cấp ủy");
    }
  }

  private void issue(String number, String supersedesId) {
    Map<String, Object> body =
        Fixtures.directive(
            number,
            Fixtures.unitTask("1", "BTC-TU", "2026-06-30"),
            Fixtures.unitTask("2", "XA-MUONG-NHE", "2026-12-31"));
    if (supersedesId != null) {
      body.put("supersedesId", supersedesId);
    }
    var created = post("/api/v1/directives", body);
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    String id = number.toLowerCase().replace('/', '-');
    assertThat(post("/api/v1/directives/" + id + "/issue", null).status()).isEqualTo(200);
  }

  /** A date the service accepts as proposed: after the current due date and not before today. */
  private LocalDate proposal(LocalDate dueDate) {
    LocalDate today = LocalDate.now(clock);
    return (today.isAfter(dueDate) ? today : dueDate).plusDays(31);
  }

  private String ask(String assignmentId, String proposed) {
    var answer =
        post(
            "/api/v1/assignments/" + assignmentId + "/extension-requests",
            Map.of("reason", "Đang chờ ý kiến thống nhất của cấp ủy", "proposedDueDate", proposed));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    return answer.body().get("pendingExtension").get("id").asString();
  }

  private Map<String, JsonNode> latest() {
    return LatestByKey.read(servers, Topics.ASSIGNMENT_STATE, Duration.ofSeconds(30));
  }

  private boolean onTopic(Map<String, JsonNode> latest, String id) {
    JsonNode record = latest.get(id);
    ZoneId zone = clock.getZone();
    return record != null
        && state(record)
            .equals(AssignmentStateEvents.of(mongo.findById(id, Assignment.class), zone));
  }

  private static AssignmentCurrentState state(JsonNode envelope) {
    try {
      return CloudEventCodec.data(
          CloudEventCodec.decode(WIRE.writeValueAsBytes(envelope)), AssignmentCurrentState.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
