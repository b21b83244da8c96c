package vn.dienbien.directive;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.directive.assignment.Assignment;
import vn.dienbien.directive.directive.DirectiveDraft;
import vn.dienbien.directive.directive.DirectiveDrafting;
import vn.dienbien.directive.unit.UnitGroup;
import vn.dienbien.directive.unit.UnitGroups;
import vn.dienbien.directive.unit.UnitImport;
import vn.dienbien.testsupport.Waits;

class SeedIntegrationTests extends DirectiveIntegrationTestBase {

  @Autowired
  @Qualifier("seeder")
  ApplicationRunner seeder;

  @Autowired DirectiveDrafting drafting;

  @Autowired UnitGroups groups;

  @Autowired UnitImport unitImport;

  @Test
  void seedsBothDirectivesIssuedWithTheirTasks() {
    JsonNode d06 = get("/api/v1/directives/06-ct-tu").body();
    JsonNode d11 = get("/api/v1/directives/11-ct-tu").body();
    assertThat(d06.get("taskCount").asInt()).isEqualTo(8);
    assertThat(d11.get("taskCount").asInt()).isEqualTo(11);
    assertThat(d06.get("status").asString()).isEqualTo("ISSUED");
    assertThat(d11.get("title").asString()).contains("\"Dân vận khéo\" giai đoạn 2025 - 2030");
    assertThat(d11.get("issuedOn").asString()).isEqualTo("2026-02-23");
  }

  @Test
  void task11_7aHasOneAssignmentPerGroupMemberAllDue31March2026AndOneEventEach() {
    JsonNode group = get("/api/v1/unit-groups/HE-THONG-CHINH-TRI-HQC").body();
    int members = group.get("members").size();
    JsonNode page = get("/api/v1/assignments?taskId=11-ct-tu:11.7a&size=500").body();
    assertThat(page.get("totalItems").asInt()).isEqualTo(members).isGreaterThan(45);
    Set<String> units = new HashSet<>();
    page.get("items")
        .forEach(a -> {
          assertThat(a.get("originalDueDate").asString()).isEqualTo("2026-03-31");
          assertThat(a.get("role").asString()).isEqualTo("LEAD");
          units.add(a.get("unitId").asString());
        });
    assertThat(units).hasSize(members).contains("XA-MUONG-NHE", "PHUONG-DIEN-BIEN-PHU");

    List<CloudEvent> events =
        directiveEvents(TaskAssigned.TYPE, "taskId", "11-ct-tu:11.7a", members);
    assertThat(events).hasSize(members);
    assertThat(events.stream().map(CloudEvent::getId).distinct()).hasSize(members);
    JsonNode one = data(events.get(0));
    assertThat(one.get("dueDate").asString()).isEqualTo("2026-03-31");
    assertThat(one.get("monitoringUnitId").asString()).isEqualTo("BTGDV-TU");
    assertThat(one.get("directiveNumber").asString()).isEqualTo("11-CT/TU");
    assertThat(one.get("deadlineKind").asString()).isEqualTo("FIXED_DATE");
  }

  @Test
  void theMonitoringBodysTasksCarryTheirSoKetTongKetAndYearlyGuidanceToTheLeadOnly() {
    for (String task : List.of("06-ct-tu:06.5", "11-ct-tu:11.7e")) {
      int assignments =
          get("/api/v1/assignments?taskId=" + task + "&size=500").body().get("totalItems").asInt();
      List<CloudEvent> events = directiveEvents(TaskAssigned.TYPE, "taskId", task, assignments);
      JsonNode lead =
          events.stream()
              .map(SeedIntegrationTests::data)
              .filter(e -> e.get("unitId").asString().equals("BTGDV-TU"))
              .findFirst()
              .orElseThrow();
      assertThat(lead.get("role").asString()).isEqualTo("LEAD");
      JsonNode milestones = lead.get("milestones");
      assertThat(milestones.get(0).get("key").asString()).isEqualTo("SO-KET-2028");
      assertThat(milestones.get(0).get("label").asString())
          .startsWith("Báo cáo sơ kết giữa kỳ thực hiện Chỉ thị");
      assertThat(milestones.get(0).get("dueDate").asString()).isEqualTo("2028-12-20");
      assertThat(milestones.get(0).get("windowOpensOn").asString()).isEqualTo("2028-10-01");
      assertThat(milestones.get(1).get("key").asString()).isEqualTo("TONG-KET-2030");
      assertThat(milestones.get(1).get("dueDate").asString()).isEqualTo("2030-09-30");
      milestones.forEach(
          m -> assertThat(m.get("dateSource").asString()).isEqualTo("PROVINCE_DEFAULT"));
      assertThat(
              events.stream()
                  .map(SeedIntegrationTests::data)
                  .filter(e -> !e.get("role").asString().equals("LEAD")))
          .as("coordinators owe no milestone")
          .allSatisfy(e -> assertThat(e.path("milestones").size()).isZero());
    }
    JsonNode guidance =
        directiveEvents(TaskAssigned.TYPE, "assignmentId", "11-ct-tu:11.7e@BTGDV-TU", 1).stream()
            .map(SeedIntegrationTests::data)
            .findFirst()
            .orElseThrow()
            .get("milestones");
    assertThat(guidance).hasSize(7);
    for (int year = 2026; year <= 2030; year++) {
      JsonNode yearly = guidance.get(year - 2024);
      assertThat(yearly.get("key").asString()).isEqualTo("HUONG-DAN-" + year);
      assertThat(yearly.get("label").asString())
          .isEqualTo(
              "Văn bản hướng dẫn đăng ký, xét công nhận mô hình \"Dân vận khéo\" năm " + year);
      assertThat(yearly.get("dueDate").asString()).isEqualTo(year + "-03-31");
    }
  }

  @Test
  void pagingCountsEveryAssignmentPastFiveHundredRowsAndThePagesCoverThemOnce() {
    long stored =
        mongo.count(new org.springframework.data.mongodb.core.query.Query(), Assignment.class);
    assertThat(stored)
        .as("the seeded directives assign more than 500 unit tasks")
        .isGreaterThan(500);
    JsonNode first = get("/api/v1/assignments?size=500").body();
    assertThat(first.get("totalItems").asLong()).isEqualTo(stored);
    assertThat(first.get("totalPages").asLong()).isEqualTo((stored + 499) / 500);
    assertThat(first.get("items").size()).isEqualTo(500);
    Set<String> ids = new HashSet<>();
    first.get("items").forEach(a -> ids.add(a.get("id").asString()));
    String next = first.get("links").get("next").asString();
    while (next != null) {
      JsonNode page = get(next).body();
      page.get("items").forEach(a -> ids.add(a.get("id").asString()));
      next = page.get("links").has("next") ? page.get("links").get("next").asString() : null;
    }
    assertThat(ids).hasSize((int) stored);
  }

  @Test
  void directoryHas45CommuneLevelUnits42CommunesAnd3Wards() {
    JsonNode communes = get("/api/v1/units?parentId=TINH-DIEN-BIEN").body();
    assertThat(communes.get("items").size()).isEqualTo(45);
    assertThat(communes.get("totalItems").asInt()).isEqualTo(45);
    assertThat(get("/api/v1/units?level=COMMUNE&kind=WARD").body().get("totalItems").asInt())
        .isEqualTo(3);
    assertThat(get("/api/v1/units?level=COMMUNE&kind=COMMUNE").body().get("totalItems").asInt())
        .isEqualTo(42);
    assertThat(get("/api/v1/units/BTGDV-TU").body().get("name").asString())
        .isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy");
    assertThat(directiveEvents(UnitChanged.TYPE, "unitId", "XA-SIN-THAU", 1)).hasSize(1);
  }

  @Test
  void seedingAgainDuplicatesNothing() throws Exception {
    long assignments =
        mongo.count(new org.springframework.data.mongodb.core.query.Query(), Assignment.class);
    long units = mongo.count(new org.springframework.data.mongodb.core.query.Query(), "units");

    seeder.run(new DefaultApplicationArguments());

    assertThat(
            mongo.count(new org.springframework.data.mongodb.core.query.Query(), Assignment.class))
        .isEqualTo(assignments);
    assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), "units"))
        .isEqualTo(units);
    assertThat(directiveEvents(UnitChanged.TYPE, "unitId", "XA-NAM-KE", 1)).hasSize(1);
  }

  /**
   * Two instances starting together both find nothing and both seed: the one whose writes come
   * second finds them taken and carries on (before, it failed to start on a duplicate key).
   */
  @Test
  void anInstanceLosingTheSeedRaceStartsAndWritesNothing() throws Exception {
    assertThat(groups.createIfAbsent(new UnitGroup("XA-PHUONG", "Trùng", null, List.of())))
        .isFalse();
    List<DirectiveDraft> drafts =
        JSON.readValue(
            new ClassPathResource("seed/directives.json").getInputStream(),
            new TypeReference<List<DirectiveDraft>>() {});
    for (DirectiveDraft draft : drafts) {
      assertThat(drafting.createIfAbsent(draft.toDirective(java.time.Instant.now()))).isFalse();
    }
    assertThat(get("/api/v1/unit-groups/XA-PHUONG").body().get("members").size()).isEqualTo(45);
    assertThat(get("/api/v1/directives/06-ct-tu").body().get("status").asString())
        .isEqualTo("ISSUED");
  }

  /**
   * Two instances starting together both import the same units: each new unit is created once and
   * its creation is one event on the topic, whichever instance wrote it. Before, the instance whose
   * insert came second left a marker of the winner's event (same id) and the relay published it
   * twice; the fault soak counted such copies among its duplicates.
   */
  @Test
  void twoInstancesImportingTheSameUnitsAtOncePublishEachCreationOnce() throws Exception {
    int count = 40;
    StringBuilder csv = new StringBuilder("code,name,kind,level,parent_code,groups,source\n");
    for (int i = 1; i <= count; i++) {
      csv.append(
          "HOI-DUA-%02d,Hội thi đua số %d,MASS_ORG,PROVINCE,UB-MTTQ-TINH,,thử\n".formatted(i, i));
    }
    CyclicBarrier start = new CyclicBarrier(2);
    int created = 0;
    try (var instances = Executors.newFixedThreadPool(2)) {
      List<Future<UnitImport.Report>> imports = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        imports.add(
            instances.submit(() -> {
              start.await();
              return unitImport.importCsv(csv.toString(), null);
            }));
      }
      for (Future<UnitImport.Report> report : imports) {
        created += report.get().created();
      }
    }

    assertThat(created).isEqualTo(count);
    List<CloudEvent> events =
        kafka()
            .await(
                Topics.DIRECTIVE_EVENTS,
                r -> r.key() != null && r.key().startsWith("HOI-DUA-"),
                count + 1,
                Waits.QUIET)
            .stream()
            .map(r -> CloudEventCodec.decode(r.value()))
            .toList();
    assertThat(events).hasSize(count).allMatch(e -> e.getType().equals(UnitChanged.TYPE));
    assertThat(events.stream().map(e -> data(e).get("unitId").asString()).distinct())
        .hasSize(count);
  }
}
