package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.report.detection.DueSweep;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * A fixed-date task like 11.7a, due 236 days before the test clock's date: late since the midnight
 * after its due day, so 235 full days overdue this morning, whatever the base date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportFlowIntegrationTests extends IntegrationTestBase {

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired DueSweep sweep;
  @Autowired TestClock clock;
  final ObjectMapper json = new ObjectMapper();
  Api api;
  KafkaEvents kafka;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    kafka = new KafkaEvents(brokers, clock);
  }

  private TaskAssigned dueLongAgo(String assignment, String unitId, String unitName) {
    LocalDate due = clock.today().minusDays(236);
    return Fixtures.fixedDate(assignment, unitId, unitName, due);
  }

  @Test
  void redeliveredAssignmentOpensOneObligationAndOverdueIsEmittedOncePerStep() {
    String assignment = "a-" + UUID.randomUUID();
    TaskAssigned assigned = dueLongAgo(assignment, "XA-NAM-KE", "Xã Nậm Kè");
    UUID eventId = kafka.publish(assigned);
    kafka.publish(assigned, eventId);
    kafka.publish(assigned);
    String obligationId = Obligation.idOf(assignment, "FIXED");
    Waits.background().until(() -> mongo.findById(obligationId, Obligation.class) != null);

    // The due date is watched just after the obligation is stored: sweep until the watch is seen,
    // then once more, which must emit nothing.
    Waits.background()
        .until(() -> {
          sweep.sweep();
          return mongo.findById(obligationId, Obligation.class).overdueStep() == 30;
        });
    sweep.sweep();

    List<CloudEvent> overdue =
        kafka
            .await(
                Topics.REPORT_EVENTS,
                r ->
                    obligationId.equals(CloudEventCodec.decode(r.value()).getSubject())
                        && ReportOverdue.TYPE.equals(CloudEventCodec.decode(r.value()).getType()),
                1,
                Waits.BACKGROUND)
            .stream()
            .map(r -> CloudEventCodec.decode(r.value()))
            .toList();
    assertThat(overdue).hasSize(1);
    ReportOverdue data = CloudEventCodec.data(overdue.getFirst(), ReportOverdue.class);
    assertThat(data.escalationStep()).isEqualTo(30);
    assertThat(data.daysOverdue()).isEqualTo(235);
    assertThat(data.unitId()).isEqualTo("XA-NAM-KE");
    assertThat(mongo.findById(obligationId, Obligation.class).overdueStep()).isEqualTo(30);
  }

  @Test
  void submitReturnResubmitAcceptProducesAFinalReview() throws Exception {
    String assignment = "a-" + UUID.randomUUID();
    kafka.publish(dueLongAgo(assignment, "XA-MUONG-NHE", "Xã Mường Nhé"));
    String obligationId = Obligation.idOf(assignment, "FIXED");
    Waits.background().until(() -> mongo.findById(obligationId, Obligation.class) != null);
    Map<String, Object> body =
        Map.of(
            "obligationId",
            obligationId,
            "progressPercent",
            100,
            "status",
            "COMPLETED",
            "results",
            "Đã ban hành Kế hoạch số 15-KH/ĐU triển khai Chỉ thị",
            "difficulties",
            "Địa bàn rộng");

    ResponseEntity<String> first =
        api.postJson("/api/v1/reports", Map.of("X-Unit-Id", "XA-MUONG-NHE"), body);
    assertThat(first.getStatusCode().value()).isEqualTo(201);
    JsonNode report = json.readTree(first.getBody());
    assertThat(report.get("late").asBoolean()).isTrue();
    assertThat(report.get("timeliness").asString()).isEqualTo("SEVERELY_LATE");
    String firstId = report.get("id").asString();

    var returned =
        api.postJson(
            "/api/v1/reports/" + firstId + "/review",
            Map.of("X-Unit-Id", "BTGDV-TU"),
            Map.of("outcome", "RETURNED", "comment", "Đề nghị bổ sung số liệu"));
    assertThat(returned.getStatusCode().value()).isEqualTo(200);
    var again =
        api.postJson(
            "/api/v1/reports/" + firstId + "/review",
            Map.of("X-Unit-Id", "BTGDV-TU"),
            Map.of("outcome", "ACCEPTED"));
    Api.assertProblem(again, 409, null);

    var second = api.postJson("/api/v1/reports", Map.of("X-Unit-Id", "XA-MUONG-NHE"), body);
    assertThat(second.getStatusCode().value()).isEqualTo(201);
    String secondId = json.readTree(second.getBody()).get("id").asString();
    assertThat(secondId).endsWith(":r2");
    var accepted =
        api.postJson(
            "/api/v1/reports/" + secondId + "/review",
            Map.of("X-Unit-Id", "BTGDV-TU"),
            Map.of("outcome", "ACCEPTED", "comment", "Đạt yêu cầu"));
    assertThat(accepted.getStatusCode().value()).isEqualTo(200);

    List<ReportReviewed> reviews =
        kafka
            .await(
                Topics.REPORT_EVENTS,
                r ->
                    obligationId.equals(
                            CloudEventCodec.decode(r.value())
                                .getSubject()
                                .replaceAll(":r\\d+$", ""))
                        && ReportReviewed.TYPE.equals(CloudEventCodec.decode(r.value()).getType()),
                2,
                Waits.BACKGROUND)
            .stream()
            .map(r -> CloudEventCodec.data(CloudEventCodec.decode(r.value()), ReportReviewed.class))
            .toList();
    assertThat(reviews)
        .extracting(ReportReviewed::outcome)
        .containsExactly(ReportReviewed.Outcome.RETURNED, ReportReviewed.Outcome.ACCEPTED);
    assertThat(reviews.getLast().finalReport()).isTrue();
    assertThat(kafka.awaitEvents(Topics.REPORT_EVENTS, ReportSubmitted.TYPE, 2, Waits.BACKGROUND))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(mongo.findById(obligationId, Obligation.class).reports()).hasSize(2);
  }
}
