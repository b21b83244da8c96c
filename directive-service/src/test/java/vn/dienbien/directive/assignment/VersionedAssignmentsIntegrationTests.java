package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.directive.DirectiveIntegrationTestBase;
import vn.dienbien.directive.Fixtures;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Assignments are stored by the outbox's versioned save: a write from a stale read is refused and
 * writes nothing; a document stored without a version reads as version 0 and is saved from it, and
 * the start-up migration gives such documents version 0.
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

  /**
   * A document without a version (an instance older than the version still writing during a rolling
   * upgrade, after the start-up migration ran) reads as version 0 and changes like any other, its
   * first save storing version 1.
   */
  @Test
  void anAssignmentStoredWithoutAVersionIsReadAtVersionZeroAndChangedOverHttp() {
    String id = "41-ct-tu:1@XA-SIN-THAU";
    mongo.updateFirst(query(where("_id").is(id)), new Update().unset("version"), "assignments");
    assertThat(raw(id)).doesNotContainKey("version");
    assertThat(assignments.get(id).version()).isZero();

    var answer =
        post(
            "/api/v1/assignments/" + id + "/extension-requests",
            java.util.Map.of("reason", "Chờ cấp ủy", "proposedDueDate", proposed().toString()));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    assertThat(answer.body().has("version")).as("the API's body has no version").isFalse();
    assertThat(raw(id).get("version")).isEqualTo(1L);
  }

  @Test
  void theStartUpMigrationGivesAnAssignmentWithoutAVersionVersionZero() {
    String id = "41-ct-tu:1@XA-NA-HY";
    mongo.updateFirst(query(where("_id").is(id)), new Update().unset("version"), "assignments");

    new AssignmentVersions(mongo);

    assertThat(raw(id).get("version")).isEqualTo(0L);
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
