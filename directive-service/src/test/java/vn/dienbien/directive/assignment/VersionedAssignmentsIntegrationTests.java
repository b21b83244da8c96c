package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mapping.model.MappingInstantiationException;
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.directive.DirectiveIntegrationTestBase;
import vn.dienbien.directive.Fixtures;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Assignments are stored by the outbox's versioned save: a write from a stale read is refused and
 * writes nothing, and documents stored before the version existed get version 0 at start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionedAssignmentsIntegrationTests extends DirectiveIntegrationTestBase {

  @Autowired Assignments assignments;
  @Autowired AssignmentClosing closing;
  @Autowired TestClock clock;

  @BeforeAll
  void issueADirectiveForAllCommunes() {
    post("/api/v1/directives", Fixtures.directive("41-CT/TU", Fixtures.allCommunesTask("1")));
    post("/api/v1/directives/41-ct-tu/issue", null);
  }

  @Test
  void aWriteFromAStaleReadIsRefusedAndACloseIsDecidedAgainOnWhatIsStored() {
    Assignment read = assignments.get("41-ct-tu:1@XA-MUONG-NHE");
    assertThat(assignments.save(read.ask(request("r1"), clock.today()), List.of())).isTrue();

    assertThat(assignments.save(read.ask(request("r2"), clock.today()), List.of())).isFalse();
    Assignment stored = assignments.get(read.id());
    assertThat(stored.pendingExtension().id()).isEqualTo("r1");
    assertThat(stored.version()).isEqualTo(read.version() + 1);

    OffsetDateTime now = OffsetDateTime.now(clock);
    assertThat(closing.close(read, Closure.MONITORING_BODY, now, null, null)).isTrue();
    Assignment closed = assignments.get(read.id());
    assertThat(closed.status()).isEqualTo(AssignmentStatus.CLOSED);
    assertThat(closed.pendingExtension()).isNull();
    assertThat(closed.version()).isEqualTo(read.version() + 2);
    assertThat(closing.close(read, Closure.FINAL_REPORT, now, null, null)).isFalse();
    assertThat(assignments.get(read.id()).closedReason()).isEqualTo("MARKED_COMPLETE");
  }

  @Test
  void anAssignmentStoredWithoutAVersionGetsVersionZeroAtStartAndThenChanges() {
    String id = "41-ct-tu:1@XA-SIN-THAU";
    mongo.updateFirst(query(where("_id").is(id)), new Update().unset("version"), "assignments");
    assertThatThrownBy(() -> assignments.get(id))
        .as("a document without a version cannot even be read")
        .isInstanceOf(MappingInstantiationException.class);

    new AssignmentVersions(mongo);

    assertThat(raw(id).get("version")).isEqualTo(0L);
    var answer =
        post(
            "/api/v1/assignments/" + id + "/extension-requests",
            java.util.Map.of("reason", "Chờ cấp ủy", "proposedDueDate", proposed().toString()));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    assertThat(answer.body().has("version")).as("the API's body has no version").isFalse();
    assertThat(raw(id).get("version")).isEqualTo(1L);
  }

  private ExtensionRequest request(String id) {
    return ExtensionRequest.pending(id, "Chờ cấp ủy", proposed(), "u1", clock.instant());
  }

  /** After the due date (30/06/2026) and not before today. */
  private LocalDate proposed() {
    LocalDate due = LocalDate.of(2026, 6, 30);
    return (clock.today().isAfter(due) ? clock.today() : due).plusDays(1);
  }

  private Document raw(String id) {
    return mongo.findById(id, Document.class, "assignments");
  }
}
