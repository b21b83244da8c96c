package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;
import vn.dienbien.contracts.directive.TaskAssigned.DeadlineKind;
import vn.dienbien.contracts.report.ExtensionDecided;
import vn.dienbien.contracts.report.ExtensionRequested;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.report.detection.DueSweep;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Issue 11 item 4 through the API, the store and Kafka: one overdue period of a quarterly ongoing
 * task is extended; that obligation, its label and its reminders move, the other periods do not,
 * and the sweep emits nothing more about the old date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExtensionIntegrationTests extends IntegrationTestBase {

  static final String UNIT = "DU-MTTQ-TINH";
  static final Map<String, String> OFFICER = Map.of("X-Unit-Id", UNIT, "X-User-Id", "officer.mt");
  static final Map<String, String> MONITOR =
      Map.of("X-Unit-Id", "BTGDV-TU", "X-User-Id", "monitor.btgdv");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired DueSweep sweep;
  @Autowired TestClock clock;
  final ObjectMapper json = new ObjectMapper();
  Api api;
  KafkaEvents kafka;
  List<Obligation> periods;

  @BeforeEach
  void assignAQuarterlyTaskOverThreeYears() {
    api = new Api(port);
    kafka = new KafkaEvents(brokers, clock);
    String assignment = "a-" + UUID.randomUUID();
    int year = clock.today().getYear();
    kafka.publish(
        Fixtures.recurring(
            assignment,
            DeadlineKind.ONGOING,
            Cadence.QUARTERLY,
            LocalDate.of(year - 1, 1, 1),
            LocalDate.of(year + 1, 12, 31)));
    Waits.background().until(() -> of(assignment).size() >= 12);
    periods = of(assignment);
  }

  @AfterEach
  void backToTheBaseDate() {
    clock.reset();
  }

  @Test
  void extendingOnePeriodMovesItAndItsRemindersOnly() throws Exception {
    LocalDate today = clock.today();
    Obligation late =
        periods.stream().filter(o -> o.dueDate().isBefore(today.minusDays(1))).toList().getLast();
    sweepUntil(late.id(), o -> o.overdueStep() >= 1);
    late = stored(late.id());
    LocalDate oldDue = late.dueDate();
    LocalDate proposed = today.plusDays(20);
    String path = "/api/v1/obligations/" + late.id() + "/extension-requests";

    var past = api.postJson(path, OFFICER, ask(today.minusDays(1)));
    Api.assertProblem(past, 400, "proposedDueDate");
    assertThat(past.getBody()).contains("không được trước ngày hôm nay " + DAY.format(today));
    Api.assertProblem(
        api.postJson(path, Map.of("X-Unit-Id", "XA-NA-HY"), ask(proposed)), 403, null);

    var asked = api.postJson(path, OFFICER, ask(proposed));
    assertThat(asked.getStatusCode().value()).as(asked.getBody()).isEqualTo(201);
    JsonNode request = json.readTree(asked.getBody()).path("extensionRequests").get(0);
    assertThat(request.path("decision").asString()).isEqualTo("PENDING");
    String requestId = request.path("id").asString();
    // The monitoring body's queue asks for exactly the periods waiting for a decision.
    assertThat(pendingIds()).contains(late.id());
    assertThat(pendingIds()).doesNotContain(periods.getFirst().id());
    ExtensionRequested requested = awaitOne(late.id(), ExtensionRequested.class);
    assertThat(requested.currentDueDate()).isEqualTo(oldDue);
    assertThat(requested.proposedDueDate()).isEqualTo(proposed);
    assertThat(requested.actorId()).isEqualTo("officer.mt");

    String decision = path + "/" + requestId + "/decision";
    Api.assertProblem(api.postJson(decision, OFFICER, Map.of("decision", "APPROVED")), 403, null);
    Api.assertProblem(api.postJson(decision, MONITOR, Map.of("decision", "REFUSED")), 400, "note");
    var approved =
        api.postJson(decision, MONITOR, Map.of("decision", "APPROVED", "note", "Đồng ý"));
    assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(200);
    JsonNode view = json.readTree(approved.getBody());
    assertThat(view.path("dueDate").asString()).isEqualTo(proposed.toString());
    assertThat(view.path("originalDueDate").asString()).isEqualTo(oldDue.toString());
    assertThat(view.path("overdueStep").asInt()).isEqualTo(Obligation.NO_STEP);
    assertThat(pendingIds()).doesNotContain(late.id());
    ExtensionDecided decided = awaitOne(late.id(), ExtensionDecided.class);
    assertThat(decided.decision()).isEqualTo(ExtensionDecided.Decision.APPROVED);
    assertThat(decided.previousDueDate()).isEqualTo(oldDue);
    assertThat(decided.dueDate()).isEqualTo(proposed);

    // The other periods are as they were; the extended one owes nothing until its new date.
    for (Obligation other : periods) {
      if (!other.id().equals(late.id())) {
        assertThat(stored(other.id()).dueDate()).isEqualTo(other.dueDate());
      }
    }
    // A reminder is recorded on the obligation in the write that emits it: none was.
    sweep.sweep();
    sweep.sweep();
    assertThat(stored(late.id()).overdueStep()).isEqualTo(Obligation.NO_STEP);
    assertThat(stored(late.id()).dueSoonLead()).isNull();
    clock.travelTo(proposed.plusDays(2).atTime(TestClock.START_TIME));
    sweepUntil(late.id(), o -> o.overdueStep() >= 1);
    assertThat(stored(late.id()).dueDate()).isEqualTo(proposed);
    ReportOverdue newSeries =
        awaitOne(late.id(), ReportOverdue.class, e -> e.dueDate().equals(proposed));
    assertThat(newSeries.daysOverdue()).isEqualTo(1);
  }

  /** Ids of the unit's periods the list API returns with {@code extensionPending=true}. */
  private List<String> pendingIds() throws Exception {
    var found =
        api.get("/api/v1/obligations?extensionPending=true&size=500&unitId=" + UNIT, MONITOR);
    assertThat(found.getStatusCode().value()).as(found.getBody()).isEqualTo(200);
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode item : json.readTree(found.getBody()).path("items")) {
      assertThat(item.path("extensionRequests").toString()).contains("PENDING");
      ids.add(item.path("id").asString());
    }
    return ids;
  }

  static Map<String, Object> ask(LocalDate proposed) {
    return Map.of("proposedDueDate", proposed.toString(), "reason", "Chờ số liệu của các thôn");
  }

  private List<Obligation> of(String assignment) {
    return mongo
        .find(query(where("assignment.assignmentId").is(assignment)), Obligation.class)
        .stream()
        .sorted(Comparator.comparing(Obligation::dueDate))
        .toList();
  }

  private Obligation stored(String id) {
    return mongo.findById(id, Obligation.class);
  }

  private void sweepUntil(String id, java.util.function.Predicate<Obligation> done) {
    Waits.background()
        .until(() -> {
          sweep.sweep();
          return done.test(stored(id));
        });
  }

  private <T> T awaitOne(String obligationId, Class<T> type) {
    return awaitOne(obligationId, type, e -> true);
  }

  private <T> T awaitOne(
      String obligationId, Class<T> type, java.util.function.Predicate<T> matching) {
    return kafka
        .await(
            Topics.REPORT_EVENTS,
            r -> {
              var e = CloudEventCodec.decode(r.value());
              return obligationId.equals(e.getSubject())
                  && type.getSimpleName().equals(payloadName(e.getType()))
                  && matching.test(CloudEventCodec.data(e, type));
            },
            1,
            Waits.BACKGROUND)
        .stream()
        .map(r -> CloudEventCodec.data(CloudEventCodec.decode(r.value()), type))
        .findFirst()
        .orElseThrow();
  }

  private static String payloadName(String type) {
    return vn.dienbien.contracts.EventCatalog.byType(type)
        .map(d -> d.payload().getSimpleName())
        .orElse("");
  }
}
