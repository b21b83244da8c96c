package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.readmodel.ObligationProjection;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * A unit's obligations by group ({@code GET /api/v1/obligations/by-group}) on fixtures in every
 * group, at two instants: the groups' totals and order, the first items of each, one group paged,
 * and bad parameters answered as problems naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObligationGroupsIntegrationTests extends IntegrationTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @LocalServerPort int port;
  @Autowired TestClock clock;
  @Autowired ObligationProjection projection;
  Api api;
  KafkaEvents kafka;
  final String unit = "XA-GRP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  final Map<String, String> officer = Map.of("X-Unit-Id", unit, "X-Roles", "UNIT_OFFICER");

  @BeforeEach
  void setUp() {
    api = new Api(port);
    kafka = new KafkaEvents(brokers, clock);
  }

  @AfterEach
  void backToBase() {
    clock.reset();
  }

  @Test
  void everyGroupItsTotalAndItsFirstItemsInOrderOnTheDayAsked() throws Exception {
    LocalDate today = clock.today();
    opened(today);

    JsonNode groups = get("/api/v1/obligations/by-group?unitId=" + unit + "&preview=5");
    assertThat(groups.path("today").asText()).isEqualTo(today.toString());
    assertThat(groups.path("dueSoonDays").asInt()).isEqualTo(7);
    assertThat(groups.path("totalItems").asInt()).as("the closed one too").isEqualTo(11);
    assertThat(tasks(groups))
        .containsExactly(
            Map.entry("OVERDUE", List.of("late-10", "late-1")),
            Map.entry("DUE_SOON", List.of("today", "in-7")),
            Map.entry("RETURNED", List.of("returned")),
            Map.entry("OPEN", List.of("in-8")),
            Map.entry("NOT_OPEN_YET", List.of("opens-tomorrow")),
            Map.entry("SUBMITTED", List.of("sent-50", "sent-40")),
            Map.entry("ACCEPTED", List.of("accepted")));

    clock.travelTo(today.plusDays(1).atTime(TestClock.START_TIME));
    JsonNode tomorrow = get("/api/v1/obligations/by-group?preview=1");
    assertThat(tomorrow.path("today").asText()).isEqualTo(today.plusDays(1).toString());
    assertThat(totals(tomorrow))
        .containsExactly(
            Map.entry("OVERDUE", 3),
            Map.entry("DUE_SOON", 2),
            Map.entry("RETURNED", 1),
            Map.entry("OPEN", 1),
            Map.entry("NOT_OPEN_YET", 0),
            Map.entry("SUBMITTED", 2),
            Map.entry("ACCEPTED", 1));
    assertThat(tasks(tomorrow).get("OVERDUE")).containsExactly("late-10");
    assertThat(tasks(tomorrow).get("DUE_SOON")).containsExactly("in-7");
    assertThat(tasks(tomorrow).get("OPEN")).containsExactly("opens-tomorrow");
  }

  @Test
  void oneGroupIsPagedWithItsTotal() throws Exception {
    LocalDate today = clock.today();
    open("late-3", today.minusDays(3), today.minusDays(60));
    open("late-2", today.minusDays(2), today.minusDays(60));
    open("late-1", today.minusDays(1), today.minusDays(60));

    JsonNode second = get("/api/v1/obligations/by-group/OVERDUE?page=1&size=2");
    assertThat(second.path("totalItems").asInt()).isEqualTo(3);
    assertThat(second.path("totalPages").asInt()).isEqualTo(2);
    assertThat(second.path("items").findValuesAsText("taskCode")).containsExactly("late-1");
    JsonNode first = get("/api/v1/obligations/by-group/OVERDUE?unitId=" + unit + "&size=2");
    assertThat(first.path("items").findValuesAsText("taskCode"))
        .containsExactly("late-3", "late-2");
    assertThat(get("/api/v1/obligations/by-group/ACCEPTED").path("totalItems").asInt()).isZero();
  }

  @Test
  void badParametersAreProblemsNamingTheFieldAndWhatIsAllowed() throws Exception {
    var preview = api.get("/api/v1/obligations/by-group?preview=51", officer);
    Api.assertProblem(preview, 400, "preview");
    assertThat(preview.getBody()).contains("phải từ 0 đến 50");

    var group = api.get("/api/v1/obligations/by-group/LATE", officer);
    Api.assertProblem(group, 400, "group");
    JsonNode error = JSON.readTree(group.getBody()).path("errors").get(0);
    assertThat(error.path("allowed").toString())
        .isEqualTo(
            "[\"OVERDUE\",\"DUE_SOON\",\"RETURNED\",\"OPEN\",\"NOT_OPEN_YET\",\"SUBMITTED\","
                + "\"ACCEPTED\"]");
    assertThat(error.path("message").asText())
        .isEqualTo("giá trị không nằm trong danh sách cho phép");

    var noUnit = api.get("/api/v1/obligations/by-group", Map.of());
    Api.assertProblem(noUnit, 400, "unitId");
    assertThat(noUnit.getBody()).contains("thiếu tham số bắt buộc");

    Api.assertProblem(api.get("/api/v1/obligations/by-group/OPEN?size=501", officer), 400, "size");
  }

  /** One obligation in every group (and a closed one, in none), named by its task code. */
  private void opened(LocalDate today) {
    open("late-10", today.minusDays(10), today.minusDays(60));
    open("late-1", today.minusDays(1), today.minusDays(60));
    open("today", today, today.minusDays(60));
    open("in-7", today.plusDays(7), today.minusDays(60));
    open("in-8", today.plusDays(8), today.minusDays(60));
    open("opens-tomorrow", today.plusDays(30), today.plusDays(1));
    review(submit(open("returned", today.plusDays(20), today.minusDays(60))), "RETURNED");
    submit(open("sent-40", today.plusDays(40), today.minusDays(60)));
    submit(open("sent-50", today.plusDays(50), today.minusDays(60)));
    review(submit(open("accepted", today.plusDays(60), today.minusDays(60))), "ACCEPTED");
    String closed = open("closed", today.plusDays(9), today.minusDays(60));
    kafka.publish(Fixtures.closed(closed.substring(0, closed.lastIndexOf(':')), unit));
    Waits.background()
        .until(() -> projection.row(closed).orElseThrow().state().name().equals("CLOSED"));
  }

  private JsonNode get(String path) throws Exception {
    var response = api.get(path, officer);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return JSON.readTree(response.getBody());
  }

  private static Map<String, List<String>> tasks(JsonNode groups) {
    Map<String, List<String>> tasks = new LinkedHashMap<>();
    groups
        .path("groups")
        .forEach(
            g -> tasks.put(g.path("group").asText(), g.path("items").findValuesAsText("taskCode")));
    return tasks;
  }

  private static Map<String, Integer> totals(JsonNode groups) {
    Map<String, Integer> totals = new LinkedHashMap<>();
    groups
        .path("groups")
        .forEach(g -> totals.put(g.path("group").asText(), g.path("totalItems").asInt()));
    return totals;
  }

  private String open(String task, LocalDate due, LocalDate periodStart) {
    String assignment = "a-grp-" + task + "@" + unit;
    TaskAssigned base = Fixtures.fixedDate(assignment, unit, "Xã Nhóm", due);
    kafka.publish(
        Fixtures.inDirective(
            base, base.directiveId(), base.directiveNumber(), "t-" + task, task, periodStart));
    String id = Obligation.idOf(assignment, "FIXED");
    Waits.background().until(() -> projection.row(id).isPresent());
    return id;
  }

  private String submit(String obligationId) {
    var response =
        api.postJson(
            "/api/v1/reports",
            Map.of("X-Unit-Id", unit),
            Map.of(
                "obligationId",
                obligationId,
                "progressPercent",
                100,
                "status",
                "COMPLETED",
                "results",
                "Đã ban hành kế hoạch triển khai"));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    try {
      return JSON.readTree(response.getBody()).path("id").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void review(String reportId, String outcome) {
    var response =
        api.postJson(
            "/api/v1/reports/" + reportId + "/review",
            Map.of("X-Unit-Id", "BTGDV-TU"),
            Map.of("outcome", outcome, "comment", "Ý kiến thẩm định"));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
  }
}
