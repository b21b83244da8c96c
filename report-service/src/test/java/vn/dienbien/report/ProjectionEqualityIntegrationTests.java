package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.readmodel.ObligationFilter;
import vn.dienbien.report.obligation.readmodel.ObligationProjection;
import vn.dienbien.report.obligation.web.Listings;
import vn.dienbien.report.progress.Progress;
import vn.dienbien.report.progress.ProgressQueries;
import vn.dienbien.report.progress.ProgressRow;
import vn.dienbien.report.progress.ProgressStatus;
import vn.dienbien.report.progress.StoreProgressQueries;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * The progress and the obligation lists answered from the projection equal what the store query
 * answered before it, on the same fixtures: opened, reported on time and late, returned, extended,
 * closed, not started, tied in every sort key the store orders by; on the instants where statuses
 * change; with paging totals, sorts and filters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectionEqualityIntegrationTests extends IntegrationTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired TestClock clock;
  @Autowired ProgressQueries progress;
  @Autowired ObligationProjection projection;
  @Autowired Obligations obligations;
  StoreProgressQueries store;
  Api api;
  KafkaEvents kafka;
  final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  final String directive = "d-proj-" + run;
  final List<String> opened = new ArrayList<>();

  @BeforeEach
  void setUp() {
    api = new Api(port);
    kafka = new KafkaEvents(brokers, clock);
    store = new StoreProgressQueries(mongo, clock);
  }

  @AfterEach
  void backToBase() {
    clock.reset();
  }

  @Test
  void progressAndListsFromTheProjectionEqualTheStoreQueries() throws Exception {
    LocalDate today = clock.today();
    LocalDate due = today.plusDays(400);
    String open = open(directive, "P.1", "A", due, today.minusDays(60));
    String onTime = open(directive, "P.1", "B", due, today.minusDays(60));
    String returned = open(directive, "P.1", "C", due, today.minusDays(60));
    String closed = open(directive, "P.2", "D", due, today.minusDays(60));
    String extended = open(directive, "P.2", "A", due, today.minusDays(60));
    String late = open(directive, "P.3", "B", today.minusDays(5), today.minusDays(60));
    open(directive, "P.1", "E", due, today.plusDays(10));
    // Same due date, task code and unit as "open", in another directive: a tie the store breaks
    // by its natural order.
    open("d-proj2-" + run, "P.1", "A", due, today.minusDays(60));

    submit(onTime, "B");
    review(submit(returned, "C"), "RETURNED");
    submit(late, "B");
    kafka.publish(Fixtures.closed(assignmentOf(closed), unit("D")));
    kafka.publish(Fixtures.extended(assignmentOf(extended), unit("A"), due, due.plusDays(3)));
    Waits.background()
        .until(() ->
            stored(closed).state() == ObligationState.CLOSED && stored(extended).extensions() == 1);
    Waits.background().until(() -> projected(closed) && projected(extended));

    // Started periods, closed left out: open, on time, returned, extended, late.
    assertThat(assertSameProgress(due).rows()).hasSize(5);
    assertSameLists(today, due);

    // The test clock keeps ticking after a jump: an instant just before a boundary keeps a
    // minute's margin, one on a boundary is exact (ticking keeps it past).
    ZonedDateTime dueAt = stored(open).dueAt().atZone(clock.getZone());
    Map<ZonedDateTime, ProgressStatus> boundaries =
        Map.of(
            dueAt.minusDays(7).minusMinutes(1),
            ProgressStatus.ON_TRACK,
            dueAt.minusDays(7),
            ProgressStatus.DUE_SOON,
            dueAt.minusMinutes(1),
            ProgressStatus.DUE_SOON,
            dueAt,
            ProgressStatus.OVERDUE,
            dueAt.plusDays(1),
            ProgressStatus.OVERDUE);
    for (var boundary : boundaries.entrySet()) {
      clock.travelTo(boundary.getKey());
      Progress directiveProgress = assertSameProgress(due);
      assertThat(statusOf(directiveProgress, open))
          .as("at %s", boundary.getKey())
          .isEqualTo(boundary.getValue());
    }
  }

  @Test
  void aBoardReadBeforeASubmissionShowsTheSubmissionOnTheNextRead() throws Exception {
    LocalDate today = clock.today();
    String late = open(directive, "P.1", "A", today.minusDays(3), today.minusDays(60));
    String waiting = open(directive, "P.1", "B", today.minusDays(3), today.minusDays(60));
    String board = "/api/v1/progress/board?directiveId=" + directive + "&status=";
    assertThat(boardIds(board + "OVERDUE")).containsExactlyInAnyOrder(late, waiting);
    assertThat(boardIds(board + "OVERDUE")).containsExactlyInAnyOrder(late, waiting);

    submit(late, "A");

    assertThat(boardIds(board + "OVERDUE")).containsExactly(waiting);
    assertThat(boardIds(board + "DONE_LATE")).containsExactly(late);
    assertSameProgress(today.minusDays(3));
  }

  private List<String> boardIds(String path) throws Exception {
    var response = api.get(path);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return JSON.readTree(response.getBody())
        .path("rows")
        .path("items")
        .findValuesAsText("obligationId");
  }

  private Progress assertSameProgress(LocalDate due) {
    Progress fromProjection = progress.directive(directive);
    assertThat(fromProjection).isEqualTo(store.directive(directive));
    assertThat(progress.summary(due.minusDays(1), due.plusDays(5)))
        .isEqualTo(store.summary(due.minusDays(1), due.plusDays(5)));
    assertThat(progress.summary(due, due)).isEqualTo(store.summary(due, due));
    return fromProjection;
  }

  private void assertSameLists(LocalDate today, LocalDate due) {
    List<ObligationFilter> filters =
        List.of(
            filter(unit("A"), null, null, null, null, false, today),
            filter(unit("B"), null, null, Boolean.TRUE, null, false, today),
            filter(unit("B"), null, null, Boolean.FALSE, null, false, today),
            filter(null, "98-CT/TU", null, null, null, false, today),
            filter(null, "98-CT/TU", ObligationState.RETURNED, null, null, false, today),
            filter(null, null, null, null, due, false, today),
            filter(null, null, null, Boolean.TRUE, null, false, today),
            filter(null, null, null, null, null, true, today),
            filter(null, null, null, null, null, false, today));
    List<PageQuery> pages =
        List.of(
            new PageQuery(0, 50, List.of(new PageQuery.Order("dueDate", true))),
            new PageQuery(1, 2, List.of(new PageQuery.Order("dueDate", false))),
            new PageQuery(0, 3, List.of(new PageQuery.Order("state", true))),
            new PageQuery(
                0,
                500,
                List.of(
                    new PageQuery.Order("directiveNumber", false),
                    new PageQuery.Order("unitId", true))),
            new PageQuery(2, 1, List.of()));
    for (ObligationFilter filter : filters) {
      for (PageQuery page : pages) {
        assertThat(Listings.viaProjection(projection, obligations, filter, page, clock.getZone()))
            .as("%s, %s", filter, page)
            .isEqualTo(Listings.viaStore(mongo, filter, page, clock.getZone()));
      }
    }
  }

  private static ObligationFilter filter(
      String unitId,
      String number,
      ObligationState state,
      Boolean overdue,
      LocalDate due,
      boolean extensionPending,
      LocalDate today) {
    return new ObligationFilter(unitId, number, state, overdue, due, due, extensionPending, today);
  }

  private static ProgressStatus statusOf(Progress progress, String obligationId) {
    return progress.rows().stream()
        .filter(r -> r.obligationId().equals(obligationId))
        .map(ProgressRow::status)
        .findFirst()
        .orElseThrow();
  }

  private boolean projected(String id) {
    return projection.row(id).map(r -> r.version() == stored(id).version()).orElse(false);
  }

  private String unit(String letter) {
    return "XA-PJ-" + run + "-" + letter;
  }

  private String open(
      String directiveId, String task, String unit, LocalDate due, LocalDate periodStart) {
    String assignment = directiveId + "-" + task + "@" + unit(unit);
    TaskAssigned base = Fixtures.fixedDate(assignment, unit(unit), "Xã " + unit + " " + run, due);
    kafka.publish(
        Fixtures.inDirective(
            base, directiveId, "98-CT/TU", directiveId + "-" + task, task, periodStart));
    String id = Obligation.idOf(assignment, "FIXED");
    Waits.background().until(() -> projected(id));
    opened.add(id);
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
                "Đã ban hành kế hoạch triển khai",
                "difficulties",
                "Thiếu kinh phí"));
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    return JSON.readTree(response.getBody()).path("id").asText();
  }

  private void review(String reportId, String outcome) {
    var response =
        api.postJson(
            "/api/v1/reports/" + reportId + "/review",
            Map.of("X-Unit-Id", "BTGDV-TU"),
            Map.of("outcome", outcome, "comment", "Ý kiến thẩm định"));
    assertThat(response.getStatusCode().value()).isEqualTo(200);
  }

  private Obligation stored(String id) {
    return mongo.findById(id, Obligation.class);
  }

  private static String assignmentOf(String obligationId) {
    return obligationId.substring(0, obligationId.lastIndexOf(':'));
  }
}
