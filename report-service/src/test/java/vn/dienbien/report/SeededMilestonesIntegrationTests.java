package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;
import vn.dienbien.contracts.directive.TaskAssigned.DateSource;
import vn.dienbien.contracts.directive.TaskAssigned.DeadlineKind;
import vn.dienbien.contracts.directive.TaskAssigned.Milestone;
import vn.dienbien.report.obligation.CalendarProperties;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationPlanner;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * The Ban Tuyên giáo và Dân vận's assignments of the two seeded directives (06.5, 11.7e), built
 * from directive-service's own seed file as it publishes them, reach report-service through Kafka:
 * each has its sơ kết and tổng kết, 11.7e its yearly guidance, and every year a whole-year report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeededMilestonesIntegrationTests extends IntegrationTestBase {

  static final Path SEED = Path.of("../directive-service/src/main/resources/seed/directives.json");
  static final String NOTE = "(mốc do Tỉnh ủy quyết định; tạm lấy mặc định)";

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired MongoTemplate mongo;
  @Autowired TestClock clock;
  KafkaEvents kafka;

  @BeforeEach
  void setUp() {
    kafka = new KafkaEvents(brokers, clock);
  }

  @Test
  void bothSeededDirectivesHaveTheirSoKetAndTongKetAndTheBanHasItsYearlyGuidance()
      throws IOException {
    String run = UUID.randomUUID().toString();
    TaskAssigned t065 = seeded("06-CT/TU", "06.5", run);
    TaskAssigned t117e = seeded("11-CT/TU", "11.7e", run);
    kafka.publish(t065);
    kafka.publish(t117e);
    // 5 first halves + 5 whole years + the milestones of each
    Waits.background().until(() -> obligationsOf(t065).size() == 12);
    Waits.background().until(() -> obligationsOf(t117e).size() == 17);

    for (TaskAssigned task : List.of(t065, t117e)) {
      Map<String, Obligation> byKey = obligationsOf(task);
      String number = task.directiveNumber();
      assertThat(byKey.get("MS-SO-KET-2028"))
          .satisfies(o -> {
            assertThat(o.periodLabel())
                .isEqualTo("Báo cáo sơ kết giữa kỳ thực hiện Chỉ thị " + number + " " + NOTE);
            assertThat(o.dueDate()).isEqualTo(LocalDate.of(2028, 12, 20));
            assertThat(o.windowOpensOn()).isEqualTo(LocalDate.of(2028, 10, 1));
            assertThat(o.unitId()).isEqualTo("BTGDV-TU");
          });
      assertThat(byKey.get("MS-TONG-KET-2030"))
          .satisfies(o -> {
            assertThat(o.periodLabel())
                .isEqualTo("Báo cáo tổng kết thực hiện Chỉ thị " + number + " " + NOTE);
            assertThat(o.dueDate()).isEqualTo(LocalDate.of(2030, 9, 30));
            assertThat(o.windowOpensOn()).isEqualTo(LocalDate.of(2030, 7, 1));
          });
      for (int year = 2026; year <= 2030; year++) {
        assertThat(byKey.get(year + "-Y").periodLabel()).isEqualTo("Năm " + year);
        assertThat(byKey.get(year + "-Y").dueDate()).isEqualTo(LocalDate.of(year, 12, 20));
        assertThat(byKey).doesNotContainKey(year + "-H2");
      }
      assertThat(byKey.values().stream().filter(Obligation::lastPeriod))
          .singleElement()
          .extracting(Obligation::periodKey)
          .isEqualTo("2030-Y");
    }
    Map<String, Obligation> ban = obligationsOf(t117e);
    for (int year = 2026; year <= 2030; year++) {
      assertThat(ban.get("MS-HUONG-DAN-" + year))
          .as("11.7e's guidance of %d", year)
          .isNotNull()
          .satisfies(
              o -> assertThat(o.dueDate()).isEqualTo(LocalDate.of(o.dueDate().getYear(), 3, 31)));
    }
    assertThat(ban.get("MS-HUONG-DAN-2027").periodLabel())
        .isEqualTo(
            "Văn bản hướng dẫn đăng ký, xét công nhận mô hình \"Dân vận khéo\" năm 2027 " + NOTE);
    assertThat(ban.get("MS-HUONG-DAN-2027").windowOpensOn()).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void anAssignmentStoredWithSecondHalfYearsGetsNoWholeYearBesideThemWhenRedelivered() {
    String assignment = "a-" + UUID.randomUUID();
    String legacy = Obligation.idOf(assignment, "2026-H2");
    // A document as stored before "6 tháng, năm" meant a whole year: the year's second report was
    // a second half-year, and windows did not exist yet.
    Obligation year =
        new ObligationPlanner(CalendarProperties.defaults(), clock)
            .plan(Fixtures.assigned(Fixtures.ongoing063b(assignment, Cadence.HALF_YEARLY))).stream()
                .filter(o -> o.periodKey().equals("2026-Y"))
                .findFirst()
                .orElseThrow();
    Document stored = new Document();
    mongo.getConverter().write(year, stored);
    stored.put("_id", legacy);
    stored.put("periodKey", "2026-H2");
    stored.put("periodLabel", "6 tháng cuối năm 2026");
    stored.remove("windowOpensOn");
    stored.put("revKey", Obligation.revKeyOf(legacy, 0));
    mongo.insert(stored, Obligation.COLLECTION);
    mongo.insert(
        new Document("_id", assignment).append("obligationIds", List.of(legacy)), "assignments");

    kafka.publish(Fixtures.ongoing063b(assignment, Cadence.HALF_YEARLY));
    Waits.background()
        .until(() ->
            mongo.count(
                    query(where("assignment.assignmentId").is(assignment)), Obligation.COLLECTION)
                == 10);

    List<String> keys =
        mongo
            .find(
                query(where("assignment.assignmentId").is(assignment)),
                Document.class,
                Obligation.COLLECTION)
            .stream()
            .map(d -> d.getString("periodKey"))
            .toList();
    assertThat(keys).contains("2026-H1", "2026-H2", "2027-Y", "2030-Y").doesNotContain("2026-Y");
    assertThat(mongo.findById(legacy, Obligation.class).periodLabel())
        .isEqualTo("6 tháng cuối năm 2026");
  }

  private Map<String, Obligation> obligationsOf(TaskAssigned task) {
    return mongo
        .find(query(where("assignment.assignmentId").is(task.assignmentId())), Obligation.class)
        .stream()
        .collect(Collectors.toMap(Obligation::periodKey, Function.identity()));
  }

  /** The lead assignment of {@code code} to the Ban, as directive-service publishes it. */
  private static TaskAssigned seeded(String number, String code, String run) throws IOException {
    JsonNode directive = null;
    for (JsonNode d : new ObjectMapper().readTree(SEED.toFile())) {
      if (d.get("number").asString().equals(number)) {
        directive = d;
      }
    }
    JsonNode task = null;
    for (JsonNode t : directive.get("tasks")) {
      if (t.get("code").asString().equals(code)) {
        task = t;
      }
    }
    LocalDate issued = LocalDate.parse(directive.get("issuedOn").asString());
    LocalDate yearStart = LocalDate.of(directive.get("periodStartYear").asInt(), 1, 1);
    List<Milestone> milestones = new ArrayList<>();
    for (JsonNode m : task.get("deadline").get("milestones")) {
      milestones.add(
          new Milestone(
              m.get("key").asString(),
              m.get("label").asString(),
              LocalDate.parse(m.get("dueDate").asString()),
              LocalDate.parse(m.get("windowOpensOn").asString()),
              DateSource.valueOf(m.get("dateSource").asString())));
    }
    return new TaskAssigned(
        number + ":" + code + "@BTGDV-TU:" + run,
        number,
        number,
        directive.get("title").asString(),
        number + ":" + code,
        code,
        task.get("content").asString(),
        task.get("expectedOutput").asString(),
        "BTGDV-TU",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        TaskAssigned.Role.LEAD,
        DeadlineKind.valueOf(task.get("deadline").get("kind").asString()),
        null,
        Cadence.valueOf(task.get("deadline").get("cadence").asString()),
        issued.isAfter(yearStart) ? issued : yearStart,
        LocalDate.of(directive.get("periodEndYear").asInt(), 12, 31),
        "BTGDV-TU",
        OffsetDateTime.of(issued.atTime(8, 0), ZoneOffset.ofHours(7)),
        null,
        milestones);
  }
}
