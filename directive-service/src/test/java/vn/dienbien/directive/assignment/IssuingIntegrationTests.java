package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.cloudevents.CloudEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.directive.DirectiveIssued;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.directive.DirectiveIntegrationTestBase;
import vn.dienbien.directive.Fixtures;
import vn.dienbien.testsupport.Waits;

class IssuingIntegrationTests extends DirectiveIntegrationTestBase {

  @Test
  void aTaskForAllCommuneLevelUnitsFansOutTo45AssignmentsAnd45EventsAndIssuingAgainAddsNone() {
    assertThat(
            post(
                    "/api/v1/directives",
                    Fixtures.directive("21-CT/TU", Fixtures.allCommunesTask("1")))
                .status())
        .isEqualTo(201);

    JsonNode first = post("/api/v1/directives/21-ct-tu/issue", null).body();
    JsonNode again = post("/api/v1/directives/21-ct-tu/issue", null).body();

    assertThat(first.get("assignments").asInt()).isEqualTo(45);
    assertThat(first.get("createdNow").asInt()).isEqualTo(45);
    assertThat(again.get("createdNow").asInt()).isZero();
    assertThat(again.get("alreadyIssued").asBoolean()).isTrue();
    assertThat(get("/api/v1/assignments?directiveId=21-ct-tu").body().get("totalItems").asInt())
        .isEqualTo(45);
    List<CloudEvent> events = directiveEvents(TaskAssigned.TYPE, "directiveId", "21-ct-tu", 45);
    assertThat(events).hasSize(45);
    assertThat(events.stream().map(CloudEvent::getId).distinct()).hasSize(45);
    assertThat(events.stream().map(CloudEvent::getSubject).distinct()).hasSize(45);
    assertThat(data(events.get(0)).get("dueDate").asString()).isEqualTo("2026-06-30");
  }

  @Test
  void theFanOutPreviewCountsWhatIssuingCreatesAndWritesNothing() {
    post(
        "/api/v1/directives",
        Fixtures.directive(
            "27-CT/TU",
            Fixtures.allCommunesTask("1"),
            Fixtures.unitTask("2", "BTC-TU", "2026-07-31")));

    JsonNode preview = get("/api/v1/directives/27-ct-tu/fan-out").body();

    assertThat(preview.get("unitCount").asInt()).isEqualTo(46);
    assertThat(preview.get("assignmentCount").asInt()).isEqualTo(46);
    assertThat(preview.get("tasks").get(1).get("units")).hasSize(1);
    assertThat(preview.get("tasks").get(1).get("dueDate").asString()).isEqualTo("2026-07-31");
    assertThat(mongo.count(query(where("directiveId").is("27-ct-tu")), Assignment.class)).isZero();
    assertThat(get("/api/v1/directives/27-ct-tu").body().get("status").asString())
        .isEqualTo("DRAFT");
    assertThat(post("/api/v1/directives/27-ct-tu/issue", null).body().get("assignments").asInt())
        .isEqualTo(preview.get("assignmentCount").asInt());
  }

  @Test
  void aRetryAfterACrashBeforeTheStatusFlipAddsNoAssignmentAndNoEventId() {
    post(
        "/api/v1/directives",
        Fixtures.directive(
            "22-CT/TU",
            Fixtures.allCommunesTask("1"),
            Fixtures.unitTask("2", "BTC-TU", "2026-07-31")));
    post("/api/v1/directives/22-ct-tu/issue", null);
    Set<String> idsBefore = ids(directiveEvents(TaskAssigned.TYPE, "directiveId", "22-ct-tu", 46));
    // the crash: assignments and their events are stored, the ISSUED flag is not
    mongo.updateFirst(
        query(where("_id").is("22-ct-tu")),
        new Update().set("status", "DRAFT").unset("issuedAt"),
        "directives");

    JsonNode retry = post("/api/v1/directives/22-ct-tu/issue", null).body();

    assertThat(retry.get("createdNow").asInt()).isZero();
    assertThat(retry.get("status").asString()).isEqualTo("ISSUED");
    assertThat(mongo.count(query(where("directiveId").is("22-ct-tu")), Assignment.class))
        .isEqualTo(46);
    assertThat(ids(directiveEvents(TaskAssigned.TYPE, "directiveId", "22-ct-tu", 46)))
        .hasSize(46)
        .isEqualTo(idsBefore);
    assertThat(directiveEvents(DirectiveIssued.TYPE, "directiveId", "22-ct-tu", 1)).isNotEmpty();
    assertThat(
            ids(directiveEvents(DirectiveIssued.TYPE, "directiveId", "22-ct-tu", 2, Waits.QUIET)))
        .hasSize(1);
  }

  @Test
  void anIssuedDirectivesTasksCannotBeEditedWithoutANewVersion() {
    var task = Fixtures.unitTask("1", "BTC-TU", "2026-08-31");
    post("/api/v1/directives", Fixtures.directive("23-CT/TU", task));
    post("/api/v1/directives/23-ct-tu/issue", null);

    call(
            HttpMethod.PUT,
            "/api/v1/directives/23-ct-tu/tasks/1",
            Fixtures.unitTask("1", "VP-TU", "2026-09-30"),
            Map.of())
        .assertProblem(409, "status");
    post("/api/v1/directives/23-ct-tu/tasks", Fixtures.unitTask("2", "VP-TU", "2026-09-30"))
        .assertProblem(409, "status");

    assertThat(get("/api/v1/directives/23-ct-tu/tasks").body().get("totalItems").asInt())
        .isEqualTo(1);
    assertThat(
            get("/api/v1/assignments?directiveId=23-ct-tu")
                .body()
                .get("items")
                .get(0)
                .get("unitId")
                .asString())
        .isEqualTo("BTC-TU");
  }

  @Test
  void aDraftsTasksCanBeEditedUntilIssued() {
    post(
        "/api/v1/directives",
        Fixtures.directive("24-CT/TU", Fixtures.unitTask("1", "BTC-TU", "2026-08-31")));
    assertThat(
            post("/api/v1/directives/24-ct-tu/tasks", Fixtures.ongoingTask("2", "VP-TU")).status())
        .isEqualTo(201);
    assertThat(
            call(
                    HttpMethod.PUT,
                    "/api/v1/directives/24-ct-tu/tasks/1",
                    Fixtures.unitTask("1", "VP-TU", "2026-09-30"),
                    Map.of())
                .body()
                .get("leadUnitId")
                .asString())
        .isEqualTo("VP-TU");
    assertThat(post("/api/v1/directives/24-ct-tu/issue", null).body().get("assignments").asInt())
        .isEqualTo(2);
  }

  private static Set<String> ids(List<CloudEvent> events) {
    return events.stream().map(CloudEvent::getId).collect(Collectors.toSet());
  }
}
