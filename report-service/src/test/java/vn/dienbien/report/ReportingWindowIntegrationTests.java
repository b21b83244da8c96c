package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.TaskAssigned.DeadlineKind;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Issue 11's reporting windows through the API, the store and Kafka: a yearly task over the base
 * year and the two after it (so its last period is always ahead of the base date). A report before
 * its window, or whose status contradicts its progress, is refused and leaves no revision and no
 * event; a COMPLETED report on an earlier period is an ordinary one; the last period's closes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingWindowIntegrationTests extends IntegrationTestBase {

  static final String UNIT = "DU-MTTQ-TINH";
  static final Map<String, String> OFFICER = Map.of("X-Unit-Id", UNIT);
  static final Map<String, String> MONITOR = Map.of("X-Unit-Id", "BTGDV-TU");

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired TestClock clock;
  @Autowired MeterRegistry meters;
  final ObjectMapper json = new ObjectMapper();
  Api api;
  KafkaEvents kafka;
  List<Obligation> obligations;

  @BeforeEach
  void assignAYearlyTask() {
    api = new Api(port);
    kafka = new KafkaEvents(brokers, clock);
    String assignment = "a-" + UUID.randomUUID();
    int year = TestClock.base().getYear();
    kafka.publish(
        Fixtures.recurring(
            assignment,
            DeadlineKind.ANNUAL,
            null,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year + 2, 12, 31)));
    List<String> ids =
        List.of(year, year + 1, year + 2).stream()
            .map(y -> Obligation.idOf(assignment, y + "-Y"))
            .toList();
    Waits.background().until(() -> ids.stream().allMatch(this::stored));
    obligations =
        ids.stream()
            .map(id -> mongo.findById(id, Obligation.class))
            .sorted(Comparator.comparing(Obligation::dueDate))
            .toList();
  }

  @AfterEach
  void backToTheBaseDate() {
    clock.reset();
  }

  @Test
  void refusedReportsLeaveStoreAndTopicUnchangedAndTheLastPeriodsFinalReportCloses()
      throws Exception {
    Obligation last = obligations.getLast();
    LocalDate opens = last.windowOpensOn();
    assertThat(opens).isAfter(clock.today());
    double earlyBefore = refused("reporting-window-not-open");
    double contradictoryBefore = refused("status-progress");

    var early = api.postJson("/api/v1/reports", OFFICER, report(last, 100, "COMPLETED"));
    Api.assertProblem(early, 409, null);
    JsonNode problem = json.readTree(early.getBody());
    assertThat(problem.path("code").asString()).isEqualTo("reporting-window-not-open");
    assertThat(problem.path("detail").asString())
        .contains("nhận báo cáo từ ngày " + "01/12/" + opens.getYear());
    var withEvidence =
        api.post("/api/v1/reports", OFFICER, MediaType.MULTIPART_FORM_DATA, withPdf(last));
    Api.assertProblem(withEvidence, 409, null);
    assertThat(
            mongo
                .getCollection("fs.files")
                .countDocuments(new Document("metadata.obligationId", last.id())))
        .as("a refused report keeps no evidence")
        .isZero();
    var shown = json.readTree(api.get("/api/v1/obligations/" + last.id()).getBody());
    assertThat(shown.path("windowOpensOn").asString()).isEqualTo(opens.toString());
    assertThat(shown.path("lastPeriod").asBoolean()).isTrue();

    clock.travelTo(opens.atTime(TestClock.START_TIME));
    var contradictory = api.postJson("/api/v1/reports", OFFICER, report(last, 40, "COMPLETED"));
    Api.assertProblem(contradictory, 400, "status");
    JsonNode error = json.readTree(contradictory.getBody()).path("errors").get(0);
    assertThat(error.path("allowed").get(0).asString()).isEqualTo("IN_PROGRESS");
    assertThat(error.path("expected").asString()).contains("100%");
    assertThat(mongo.findById(last.id(), Obligation.class)).isEqualTo(last);

    assertThat(refused("reporting-window-not-open") - earlyBefore).isEqualTo(2);
    assertThat(refused("status-progress") - contradictoryBefore).isEqualTo(1);

    // The good path: the first revision (r1: nothing refused was stored) and one event.
    var taken = api.postJson("/api/v1/reports", OFFICER, report(last, 100, "COMPLETED"));
    assertThat(taken.getStatusCode().value()).as(taken.getBody()).isEqualTo(201);
    String reportId = json.readTree(taken.getBody()).path("id").asString();
    assertThat(reportId).isEqualTo(last.id() + ":r1");
    List<ReportSubmitted> submitted = submittedOn(last.id());
    assertThat(submitted)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.reportId()).isEqualTo(reportId);
          assertThat(e.late()).isFalse();
        });
    assertThat(accept(reportId).finalReport()).isTrue();
  }

  @Test
  void aCompletedReportOnAnEarlierPeriodIsAnOrdinaryReportAndTheAssignmentStaysOpen()
      throws Exception {
    Obligation first = obligations.getFirst();
    clock.travelTo(first.windowOpensOn().atTime(TestClock.START_TIME));

    var taken = api.postJson("/api/v1/reports", OFFICER, report(first, 100, "COMPLETED"));
    assertThat(taken.getStatusCode().value()).as(taken.getBody()).isEqualTo(201);
    String reportId = json.readTree(taken.getBody()).path("id").asString();

    assertThat(accept(reportId).finalReport()).isFalse();
    assertThat(obligations.subList(1, obligations.size()))
        .allSatisfy(o ->
            assertThat(mongo.findById(o.id(), Obligation.class).state())
                .isEqualTo(ObligationState.OPEN));
  }

  private ReportReviewed accept(String reportId) {
    var review =
        api.postJson(
            "/api/v1/reports/" + reportId + "/review", MONITOR, Map.of("outcome", "ACCEPTED"));
    assertThat(review.getStatusCode().value()).as(review.getBody()).isEqualTo(200);
    return kafka
        .await(
            Topics.REPORT_EVENTS,
            r ->
                reportId.equals(CloudEventCodec.decode(r.value()).getSubject())
                    && ReportReviewed.TYPE.equals(CloudEventCodec.decode(r.value()).getType()),
            1,
            Waits.BACKGROUND)
        .stream()
        .map(r -> CloudEventCodec.data(CloudEventCodec.decode(r.value()), ReportReviewed.class))
        .findFirst()
        .orElseThrow();
  }

  private List<ReportSubmitted> submittedOn(String obligationId) {
    return kafka
        .await(
            Topics.REPORT_EVENTS,
            r ->
                ReportSubmitted.TYPE.equals(CloudEventCodec.decode(r.value()).getType())
                    && CloudEventCodec.data(
                            CloudEventCodec.decode(r.value()), ReportSubmitted.class)
                        .obligationId()
                        .equals(obligationId),
            1,
            Waits.BACKGROUND)
        .stream()
        .map(r -> CloudEventCodec.data(CloudEventCodec.decode(r.value()), ReportSubmitted.class))
        .toList();
  }

  private static LinkedMultiValueMap<String, Object> withPdf(Obligation o) {
    var parts = new LinkedMultiValueMap<String, Object>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("report", new HttpEntity<>(report(o, 100, "COMPLETED"), json));
    parts.add(
        "files",
        new ByteArrayResource("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes()) {
          @Override
          public String getFilename() {
            return "bao-cao-nam.pdf";
          }
        });
    return parts;
  }

  private double refused(String reason) {
    return meters.counter("reports.refused", "reason", reason).count();
  }

  private boolean stored(String id) {
    return mongo.findById(id, Obligation.class) != null;
  }

  private static Map<String, Object> report(Obligation o, int progress, String status) {
    return Map.of(
        "obligationId",
        o.id(),
        "progressPercent",
        progress,
        "status",
        status,
        "results",
        "Đã tổ chức hội nghị sơ kết, ký kết quy chế phối hợp với Ủy ban MTTQ");
  }
}
