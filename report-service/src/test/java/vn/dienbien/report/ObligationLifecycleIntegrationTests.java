package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.report.ExtensionDecided;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.report.detection.DueSweep;
import vn.dienbien.report.obligation.CalendarProperties;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationPlanner;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/** Deadline extensions and closed assignments, arriving from directive-service through Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObligationLifecycleIntegrationTests extends IntegrationTestBase {

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

  @Test
  void extensionMovesTheDueDateKeepsTheOriginalAndStartsANewOverdueSeries() throws Exception {
    String assignment = "a-" + UUID.randomUUID();
    String obligationId = Obligation.idOf(assignment, "FIXED");
    // Due long ago (more than 30 days overdue), then extended to the day before yesterday: one full
    // day overdue this morning, whatever the base date of the test clock.
    LocalDate original = clock.today().minusDays(236);
    LocalDate extended = clock.today().minusDays(2);
    kafka.publish(Fixtures.fixedDate(assignment, "XA-SIN-THAU", "Xã Sín Thầu", original));
    Waits.background().until(() -> mongo.findById(obligationId, Obligation.class) != null);
    // The due date is watched just after the obligation is stored: sweep until the watch is seen.
    sweepUntilStep(obligationId, 30);

    var extension = Fixtures.extended(assignment, "XA-SIN-THAU", original, extended);
    UUID extensionId = kafka.publish(extension);
    kafka.publish(extension, extensionId);
    barrier("XA-SIN-THAU");
    Obligation moved = obligation(obligationId);
    assertThat(moved.extensions()).isEqualTo(1);
    assertThat(moved.overdueStep()).isEqualTo(Obligation.NO_STEP);
    sweepUntilStep(obligationId, 1);
    sweep.sweep();

    List<ReportOverdue> overdue =
        kafka
            .await(
                Topics.REPORT_EVENTS,
                r -> isOverdueOf(r.value(), obligationId),
                2,
                Waits.BACKGROUND)
            .stream()
            .map(r -> CloudEventCodec.data(CloudEventCodec.decode(r.value()), ReportOverdue.class))
            .toList();
    assertThat(overdue).extracting(ReportOverdue::escalationStep).containsExactly(30, 1);
    assertThat(overdue).extracting(ReportOverdue::dueDate).containsExactly(original, extended);
    assertThat(overdue.getLast().daysOverdue()).isEqualTo(1);
    JsonNode view = json.readTree(api.get("/api/v1/obligations/" + obligationId).getBody());
    assertThat(view.get("originalDueDate").asString()).isEqualTo(original.toString());
    assertThat(view.get("dueDate").asString()).isEqualTo(extended.toString());
    assertThat(view.get("overdueStep").asInt()).isEqualTo(1);
    String label = "Hạn " + extended.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(view.get("periodLabel").asString()).isEqualTo(label);
    // Told once, although the extension was delivered twice: reminders about the old date are void.
    List<ExtensionDecided> decided =
        kafka
            .await(
                Topics.REPORT_EVENTS,
                r ->
                    obligationId.equals(CloudEventCodec.decode(r.value()).getSubject())
                        && ExtensionDecided.TYPE.equals(
                            CloudEventCodec.decode(r.value()).getType()),
                1,
                Waits.BACKGROUND)
            .stream()
            .map(r ->
                CloudEventCodec.data(CloudEventCodec.decode(r.value()), ExtensionDecided.class))
            .toList();
    assertThat(decided)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.scope()).isEqualTo(ExtensionDecided.Scope.ASSIGNMENT);
          assertThat(e.previousDueDate()).isEqualTo(original);
          assertThat(e.dueDate()).isEqualTo(extended);
          assertThat(e.periodLabel()).isEqualTo(label);
        });
  }

  @Test
  void closedAssignmentStopsItsObligationsAndOpensNoMore() {
    String assignment = "a-" + UUID.randomUUID();
    TaskAssigned monthly = Fixtures.ongoing063b(assignment, TaskAssigned.Cadence.MONTHLY);
    int planned =
        new ObligationPlanner(CalendarProperties.defaults(), clock)
            .plan(Fixtures.assigned(monthly))
            .size();
    assertThat(planned).isGreaterThan(12);
    kafka.publish(monthly);
    Waits.background().until(() -> obligationsOf(assignment).size() == planned);

    kafka.publish(Fixtures.closed(assignment, monthly.unitId()));
    Waits.background()
        .until(() ->
            obligationsOf(assignment).stream().allMatch(o -> o.state() == ObligationState.CLOSED));
    sweep.sweep();
    assertThat(obligationsOf(assignment))
        .allSatisfy(o -> assertThat(o.overdueStep()).isEqualTo(Obligation.NO_STEP));
    // Closing emits no event; only the obligations' new states wait for the relay.
    assertThat(
            mongo.count(
                query(
                    where("assignment.assignmentId")
                        .is(assignment)
                        .and("_outbox")
                        .elemMatch(
                            where("topic").ne(vn.dienbien.contracts.Topics.OBLIGATION_STATE))),
                Obligation.COLLECTION))
        .isZero();

    String closedFirst = "a-" + UUID.randomUUID();
    kafka.publish(Fixtures.closed(closedFirst, "XA-NA-HY"));
    kafka.publish(Fixtures.task117a(closedFirst, "XA-NA-HY", "Xã Na Hỳ"));
    barrier("XA-NA-HY");
    assertThat(mongo.findById(Obligation.idOf(closedFirst, "FIXED"), Obligation.class)).isNull();
  }

  /**
   * Waits until an assignment published after the events under test (same key, same partition) is
   * seen.
   */
  private void barrier(String unitId) {
    String marker = "barrier-" + UUID.randomUUID();
    kafka.publish(Fixtures.task117a(marker, unitId, unitId));
    Waits.background()
        .until(() -> mongo.findById(Obligation.idOf(marker, "FIXED"), Obligation.class) != null);
  }

  private Obligation obligation(String id) {
    return mongo.findById(id, Obligation.class);
  }

  private List<Obligation> obligationsOf(String assignmentId) {
    return mongo.find(query(where("assignment.assignmentId").is(assignmentId)), Obligation.class);
  }

  private static boolean isOverdueOf(byte[] value, String obligationId) {
    var event = CloudEventCodec.decode(value);
    return obligationId.equals(event.getSubject()) && ReportOverdue.TYPE.equals(event.getType());
  }

  /** Sweeps until the obligation has reached {@code step}; each sweep emits a step at most once. */
  private void sweepUntilStep(String obligationId, int step) {
    Waits.background()
        .until(() -> {
          sweep.sweep();
          return obligation(obligationId).overdueStep() == step;
        });
  }
}
