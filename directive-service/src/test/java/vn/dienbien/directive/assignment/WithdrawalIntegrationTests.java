package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.cloudevents.CloudEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.directive.DirectiveIntegrationTestBase;
import vn.dienbien.directive.Fixtures;
import vn.dienbien.directive.directive.Directives;
import vn.dienbien.testsupport.Waits;

class WithdrawalIntegrationTests extends DirectiveIntegrationTestBase {

  @Autowired Withdrawal withdrawal;
  @Autowired DirectiveExpiry expiry;
  @Autowired Directives directives;

  @Test
  void supersedingWithdrawsEveryOpenAssignmentOnceAndRunningItAgainAddsNothing() {
    issue("61-CT/TU", null);
    assertThat(openCount("61-ct-tu")).isEqualTo(4);

    issue("62-CT/TU", "61-ct-tu");

    assertThat(get("/api/v1/directives/61-ct-tu").body().get("status").asString())
        .isEqualTo("SUPERSEDED");
    assertAllWithdrawn("61-ct-tu", 4);
    assertThat(withdrawal.withdraw(directives.get("61-ct-tu"), null)).isZero();
    assertThat(post("/api/v1/directives/62-ct-tu/issue", null).status()).isEqualTo(200);
    expiry.expireEnded();
    // watches the topic for a fifth event that must never come
    assertThat(directiveEvents(AssignmentClosed.TYPE, "directiveId", "61-ct-tu", 5, Waits.QUIET))
        .hasSize(4);
    assertThat(openCount("62-ct-tu")).as("the successor's assignments stay open").isEqualTo(4);
  }

  @Test
  void theDailyJobFinishesAWithdrawalACrashInterruptedAfterTheStatusFlip() {
    issue("63-CT/TU", null);
    // the crash: the directive flipped to SUPERSEDED, no assignment was closed yet
    mongo.updateFirst(
        query(where("_id").is("63-ct-tu")), new Update().set("status", "SUPERSEDED"), "directives");

    expiry.expireEnded();

    assertAllWithdrawn("63-ct-tu", 4);
    assertThat(withdrawal.withdraw(directives.get("63-ct-tu"), null)).isZero();
  }

  private void issue(String number, String supersedesId) {
    Map<String, Object> body =
        Fixtures.directive(
            number,
            Fixtures.task(
                "1", null, "LLVT-TINH", Map.of("kind", "FIXED_DATE", "dueDate", "2026-12-31")),
            Fixtures.unitTask("2", "BTC-TU", "2026-12-31"));
    if (supersedesId != null) {
      body.put("supersedesId", supersedesId);
    }
    assertThat(post("/api/v1/directives", body).status()).isEqualTo(201);
    assertThat(
            post(
                    "/api/v1/directives/"
                        + body.get("number").toString().toLowerCase().replace('/', '-')
                        + "/issue",
                    null)
                .status())
        .isEqualTo(200);
  }

  private long openCount(String directiveId) {
    return get("/api/v1/assignments?status=OPEN&directiveId=" + directiveId)
        .body()
        .get("totalItems")
        .asLong();
  }

  private void assertAllWithdrawn(String directiveId, int expected) {
    JsonNode page = get("/api/v1/assignments?size=100&directiveId=" + directiveId).body();
    assertThat(page.get("totalItems").asInt()).isEqualTo(expected);
    for (JsonNode a : page.get("items")) {
      assertThat(a.get("status").asString()).as(a.get("id").asString()).isEqualTo("CLOSED");
      assertThat(a.get("closedReason").asString()).isEqualTo("WITHDRAWN");
    }
    List<CloudEvent> closed =
        directiveEvents(AssignmentClosed.TYPE, "directiveId", directiveId, expected);
    assertThat(closed).hasSize(expected);
    assertThat(closed.stream().map(CloudEvent::getId).distinct()).hasSize(expected);
    assertThat(closed.stream().map(CloudEvent::getSubject).distinct()).hasSize(expected);
    assertThat(closed)
        .allSatisfy(e -> assertThat(data(e).get("reason").asString()).isEqualTo("WITHDRAWN"));
  }
}
