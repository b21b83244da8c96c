package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.cloudevents.CloudEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.AssignmentExtensionDecided;
import vn.dienbien.contracts.directive.AssignmentExtensionRequested;
import vn.dienbien.directive.DirectiveIntegrationTestBase;
import vn.dienbien.directive.Fixtures;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Two requests on the same assignment at the same moment, over HTTP: exactly one changes it, the
 * other is refused with the documented 409, and exactly one change is stored and one event
 * published. Each race is run on several assignments, both requests released together by a barrier,
 * so that the two really overlap (both read the same version) in most of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentExtensionsIntegrationTests extends DirectiveIntegrationTestBase {

  private static final int ROUNDS = 5;
  private static final Map<String, String> MONITOR =
      Map.of("X-Unit-Id", "BTGDV-TU", "X-User-Id", "can-bo-btgdv-01");

  @Autowired TestClock clock;

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private List<String> assignments;

  @BeforeAll
  void issueADirectiveForAllCommunes() {
    post("/api/v1/directives", Fixtures.directive("81-CT/TU", Fixtures.allCommunesTask("1")));
    post("/api/v1/directives/81-ct-tu/issue", null);
    assignments =
        mongo
            .find(query(where("directiveId").is("81-ct-tu")), Document.class, "assignments")
            .stream()
            .map(d -> d.getString("_id"))
            .sorted()
            .toList();
    assertThat(assignments).hasSizeGreaterThanOrEqualTo(2 * ROUNDS);
  }

  @AfterAll
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void twoExtensionRequestsAtOnceLeaveOnePendingRequestAndOneEvent() {
    List<String> raced = assignments.subList(0, ROUNDS);
    for (String id : raced) {
      List<Answer> answers = race(() -> ask(id, "Chờ cấp ủy"), () -> ask(id, "Chờ họp"));

      Answer won = only(answers, 201);
      refusedWith(answers, "extension-pending");
      assertThat(stored(id).get("version")).isEqualTo(1L);
      assertThat(get("/api/v1/assignments/" + id).body().get("pendingExtension").get("id"))
          .isEqualTo(won.body().get("pendingExtension").get("id"));
    }
    assertOneEventEach(AssignmentExtensionRequested.TYPE, raced);
  }

  @Test
  void twoDecisionsOnOneRequestAtOnceLeaveOneDecisionAndOneEvent() {
    List<String> raced = assignments.subList(ROUNDS, 2 * ROUNDS);
    for (String id : raced) {
      String request = ask(id, "Chờ cấp ủy").body().get("pendingExtension").get("id").asString();
      String decide = "/api/v1/assignments/" + id + "/extension-requests/" + request;
      List<Answer> answers =
          race(
              () -> call(HttpMethod.POST, decide + "/approve", Map.of("note", "Đồng ý"), MONITOR),
              () -> call(HttpMethod.POST, decide + "/reject", Map.of("note", "Không"), MONITOR));

      only(answers, 200);
      refusedWith(answers, "extension-decided");
      Document stored = stored(id);
      assertThat(stored.get("version")).isEqualTo(2L);
      assertThat(stored.get("pendingExtension")).isNull();
      assertThat(stored.getList("extensions", Document.class)).hasSize(1);
    }
    assertOneEventEach(AssignmentExtensionDecided.TYPE, raced);
  }

  /** Both calls released at the same moment; their answers in order. */
  private List<Answer> race(Supplier<Answer> first, Supplier<Answer> second) {
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Answer>> calls = new ArrayList<>();
    for (Supplier<Answer> call : List.of(first, second)) {
      calls.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(start);
                return call.get();
              },
              pool));
    }
    return calls.stream().map(CompletableFuture::join).toList();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Answer ask(String assignmentId, String reason) {
    return post(
        "/api/v1/assignments/" + assignmentId + "/extension-requests",
        Map.of("reason", reason, "proposedDueDate", proposed().toString()));
  }

  /** After the due date (30/06/2026) and not before today. */
  private LocalDate proposed() {
    LocalDate due = LocalDate.of(2026, 6, 30);
    return (clock.today().isAfter(due) ? clock.today() : due).plusDays(30);
  }

  private static Answer only(List<Answer> answers, int status) {
    List<Answer> won = answers.stream().filter(a -> a.status() == status).toList();
    assertThat(won).as("answers %s", answers).hasSize(1);
    return won.getFirst();
  }

  private static void refusedWith(List<Answer> answers, String code) {
    Answer refused =
        answers.stream()
            .filter(a -> a.status() != 200 && a.status() != 201)
            .findFirst()
            .orElseThrow();
    refused.assertProblem(409, null);
    assertThat(refused.body().get("code").asString()).isEqualTo(code);
  }

  private Document stored(String id) {
    return mongo.findById(id, Document.class, "assignments");
  }

  /** One event of {@code type} per assignment, and no second one for any of them. */
  private void assertOneEventEach(String type, List<String> ids) {
    for (String id : ids) {
      assertThat(directiveEvents(type, "assignmentId", id, 1)).hasSize(1);
    }
    Set<String> raced = Set.copyOf(ids);
    var all =
        kafka()
            .await(
                Topics.DIRECTIVE_EVENTS,
                r -> {
                  CloudEvent e = CloudEventCodec.decode(r.value());
                  return e.getType().equals(type)
                      && raced.contains(data(e).path("assignmentId").asString());
                },
                ids.size() + 1,
                Waits.QUIET);
    // Waited for one more than there should be: it never came.
    assertThat(all).as("%s for %s", type, ids).hasSize(ids.size());
  }
}
