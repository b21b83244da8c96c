package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
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
import vn.dienbien.analyst.LatestByKey;
import vn.dienbien.analyst.ObligationView;
import vn.dienbien.analyst.OnTimeRates;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.report.ObligationCurrentState;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationStateEvents;
import vn.dienbien.report.progress.Progress;
import vn.dienbien.report.progress.ProgressQueries;
import vn.dienbien.report.progress.Tally;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * The compacted topic {@code obligation-state}: after obligations are opened, reported on,
 * returned, extended, accepted and closed, its latest record per key is the stored obligation, and
 * the analyst example's on-time rates read from it equal this service's progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObligationStateIntegrationTests extends IntegrationTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired TestClock clock;
  @Autowired ProgressQueries progress;
  Api api;
  KafkaEvents kafka;
  final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  final String directive = "d-state-" + run;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    kafka = new KafkaEvents(brokers, clock);
  }

  @Test
  void latestRecordPerKeyIsTheStoredObligationAndTheAnalystCountsAsProgressDoes() throws Exception {
    LocalDate today = clock.today();
    String onTime = open("S.1", "A", today.plusDays(20), today.minusDays(60));
    String returned = open("S.1", "B", today.minusDays(10), today.minusDays(60));
    String extended = open("S.1", "C", today.minusDays(3), today.minusDays(60));
    String closed = open("S.1", "D", today.plusDays(30), today.minusDays(60));
    String late = open("S.2", "A", today.minusDays(5), today.minusDays(60));
    String notStarted = open("S.2", "E", today.plusDays(40), today.plusDays(10));

    review(submit(onTime, "A"), null);
    review(submit(returned, "B"), "RETURNED");
    kafka.publish(
        Fixtures.extended(
            assignmentOf(extended), unit("C"), today.minusDays(3), today.plusDays(5)));
    kafka.publish(Fixtures.closed(assignmentOf(closed), unit("D")));
    review(submit(late, "A"), "ACCEPTED");
    Waits.background()
        .until(() ->
            stored(extended).extensions() == 1 && stored(closed).state().name().equals("CLOSED"));

    List<String> ids = List.of(onTime, returned, extended, closed, late, notStarted);
    Waits.background().until(() -> ids.stream().allMatch(id -> onTopic(latest(), id)));

    Map<String, JsonNode> latest = latest();
    for (String id : ids) {
      JsonNode record = latest.get(id);
      assertThat(record.path("subject").asText()).isEqualTo(id);
      assertThat(record.path("source").asText()).isEqualTo("/report-service");
      assertThat(record.toString()).doesNotContain("Xã ").doesNotContain("Chỉ thị về");
    }
    ObligationCurrentState lateState = state(latest.get(late));
    assertThat(lateState.state()).isEqualTo(ObligationCurrentState.State.ACCEPTED);
    assertThat(lateState.latestReport().late()).isTrue();
    assertThat(lateState.latestReport().daysLate()).isEqualTo(4);
    assertThat(lateState.latestReport().reviewOutcome())
        .isEqualTo(ObligationCurrentState.ReviewOutcome.ACCEPTED);
    assertThat(state(latest.get(extended)).dueDate()).isEqualTo(today.plusDays(5));
    assertThat(state(latest.get(extended)).originalDueDate()).isEqualTo(today.minusDays(3));
    assertThat(state(latest.get(returned)).state())
        .isEqualTo(ObligationCurrentState.State.RETURNED);

    List<ObligationView> views = latest.values().stream().map(ObligationView::of).toList();
    assertSameRates(views, today);
  }

  private void assertSameRates(List<ObligationView> views, LocalDate today) {
    Progress service = progress.directive(directive);
    OnTimeRates analyst = OnTimeRates.directive(views, directive, clock.instant(), clock.getZone());
    // On time (A, S.1), overdue (B: returned, past due), late (A, S.2): 1 of 3 owed.
    assertThat(service.total().onTimeRate()).isEqualTo(33.3);
    assertSame(analyst.total(), service.total());
    assertThat(analyst.byUnit().keySet()).isEqualTo(service.byUnit().keySet());
    service.byUnit().forEach((unit, tally) -> assertSame(analyst.byUnit().get(unit), tally));
    service.byTask().forEach((task, tally) -> assertSame(analyst.byTask().get(task), tally));
    assertThat(service.byUnit().get(unit("A")).onTimeRate()).isEqualTo(50.0);
    assertThat(service.byUnit().get(unit("C")).onTimeRate()).isNull();

    Progress period = progress.summary(today.minusDays(30), today.plusDays(60));
    OnTimeRates analystPeriod =
        OnTimeRates.period(views, today.minusDays(30), today.plusDays(60), clock.instant());
    for (String unit : List.of("A", "B", "C", "E")) {
      assertSame(analystPeriod.byUnit().get(unit(unit)), period.byUnit().get(unit(unit)));
    }
    assertThat(period.byUnit().get(unit("E")).counts().values().stream().mapToInt(i -> i).sum())
        .isEqualTo(1);
    assertThat(period.byUnit()).doesNotContainKey(unit("D"));
  }

  private static void assertSame(vn.dienbien.analyst.Tally analyst, Tally service) {
    assertThat(analyst).as("the analyst counts what the service counts").isNotNull();
    assertThat(analyst.onTimeRate()).isEqualTo(service.onTimeRate());
    assertThat(analyst.total()).isEqualTo(service.total());
    service
        .counts()
        .forEach((status, count) ->
            assertThat(analyst.counts().get(vn.dienbien.analyst.Status.valueOf(status.name())))
                .as(status.name())
                .isEqualTo(count));
  }

  private String unit(String letter) {
    return "XA-ST-" + run + "-" + letter;
  }

  private String open(String task, String unit, LocalDate due, LocalDate periodStart) {
    String assignment = "t-" + task + "-" + run + "@" + unit(unit);
    TaskAssigned base = Fixtures.fixedDate(assignment, unit(unit), "Xã " + unit + " " + run, due);
    kafka.publish(
        Fixtures.inDirective(
            base, directive, "99-CT/TU", "t-" + task + "-" + run, task, periodStart));
    String id = Obligation.idOf(assignment, "FIXED");
    Waits.background().until(() -> mongo.findById(id, Obligation.class) != null);
    return id;
  }

  private String submit(String obligationId, String unit) throws Exception {
    var response =
        api.postJson(
            "/api/v1/reports",
            Map.of("X-Unit-Id", unit(unit)),
            Map.of(
                "obligationId",
                obligationId,
                "progressPercent",
                100,
                "status",
                "COMPLETED",
                "results",
                "Đã ban hành kế hoạch triển khai"));
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    return JSON.readTree(response.getBody()).path("id").asText();
  }

  private void review(String reportId, String outcome) {
    if (outcome != null) {
      var response =
          api.postJson(
              "/api/v1/reports/" + reportId + "/review",
              Map.of("X-Unit-Id", "BTGDV-TU"),
              Map.of("outcome", outcome, "comment", "Ý kiến thẩm định"));
      assertThat(response.getStatusCode().value()).isEqualTo(200);
    }
  }

  private Obligation stored(String id) {
    return mongo.findById(id, Obligation.class);
  }

  private static String assignmentOf(String obligationId) {
    return obligationId.substring(0, obligationId.lastIndexOf(':'));
  }

  private Map<String, JsonNode> latest() {
    return LatestByKey.read(brokers, Topics.OBLIGATION_STATE, Duration.ofSeconds(30));
  }

  /** The latest record of {@code id} is the obligation as stored now. */
  private boolean onTopic(Map<String, JsonNode> latest, String id) {
    JsonNode record = latest.get(id);
    return record != null
        && state(record).equals(ObligationStateEvents.of(stored(id), clock.getZone()));
  }

  private static ObligationCurrentState state(JsonNode envelope) {
    try {
      return CloudEventCodec.data(
          CloudEventCodec.decode(JSON.writeValueAsBytes(envelope)), ObligationCurrentState.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
