package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.directive.DirectiveIntegrationTestBase;
import vn.dienbien.testsupport.Waits;

class AssignmentClosingIntegrationTests extends DirectiveIntegrationTestBase {

  @Test
  void anAcceptedFinalReportClosesTheAssignmentOnceEvenWhenReviewedAgain() {
    String id = "11-ct-tu:11.7a@XA-MUONG-TOONG";
    kafka().publish(review(id, ReportReviewed.Outcome.RETURNED, true));
    kafka().publish(review(id, ReportReviewed.Outcome.ACCEPTED, false));
    kafka().publish(review(id, ReportReviewed.Outcome.ACCEPTED, true));
    kafka().publish(review(id, ReportReviewed.Outcome.ACCEPTED, true));

    Waits.background()
        .untilAsserted(() ->
            assertThat(get("/api/v1/assignments/" + id).body().get("status").asString())
                .isEqualTo("CLOSED"));
    var closed = directiveEvents(AssignmentClosed.TYPE, "assignmentId", id, 1);
    assertThat(closed).hasSize(1);
    assertThat(data(closed.get(0)).get("reason").asString()).isEqualTo("FINAL_REPORT_ACCEPTED");
    assertThat(data(closed.get(0)).get("closedBy").asString()).isEqualTo("FINAL_REPORT");
  }

  @Test
  void theMonitoringBodyMarksAnAssignmentCompleteOnceAndOldConsumersSeeItDone() {
    String id = "11-ct-tu:11.7a@XA-NA-HY";
    String path = "/api/v1/assignments/" + id + "/complete";
    var monitor = java.util.Map.of("X-Unit-Id", "BTGDV-TU", "X-User-Id", "can-bo-btgdv-01");
    call(HttpMethod.POST, path, java.util.Map.of(), java.util.Map.of("X-Unit-Id", "XA-NA-HY"))
        .assertProblem(403, null);

    var answer =
        call(
            HttpMethod.POST,
            path,
            java.util.Map.of("note", "Đã hoàn thành toàn bộ nội dung"),
            monitor);
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    assertThat(answer.body().get("status").asString()).isEqualTo("CLOSED");
    assertThat(answer.body().get("closedReason").asString()).isEqualTo("MARKED_COMPLETE");
    var closed = data(directiveEvents(AssignmentClosed.TYPE, "assignmentId", id, 1).getFirst());
    assertThat(closed.get("reason").asString()).isEqualTo("FINAL_REPORT_ACCEPTED");
    assertThat(closed.get("closedBy").asString()).isEqualTo("MONITORING_BODY");
    assertThat(closed.get("note").asString()).isEqualTo("Đã hoàn thành toàn bộ nội dung");
    assertThat(closed.get("actorId").asString()).isEqualTo("can-bo-btgdv-01");

    call(HttpMethod.POST, path, java.util.Map.of(), monitor).assertProblem(409, null);
    assertThat(directiveEvents(AssignmentClosed.TYPE, "assignmentId", id, 2, Waits.QUIET))
        .hasSize(1);
  }

  @Test
  void aReturnedReportLeavesTheAssignmentOpen() {
    String id = "11-ct-tu:11.7a@XA-QUANG-LAM";
    var eventId = kafka().publish(review(id, ReportReviewed.Outcome.RETURNED, true));

    Waits.background()
        .until(() ->
            mongo.exists(
                Query.query(Criteria.where("_id").is("directive-service:" + eventId)),
                "inbox_processed"));
    assertThat(get("/api/v1/assignments/" + id).body().get("status").asString()).isEqualTo("OPEN");
  }

  private static ReportReviewed review(
      String assignmentId, ReportReviewed.Outcome outcome, boolean finalReport) {
    String unit = assignmentId.substring(assignmentId.indexOf('@') + 1);
    return new ReportReviewed(
        "report-" + assignmentId,
        "obligation-" + assignmentId,
        assignmentId,
        "11-ct-tu",
        "11-CT/TU",
        "11-ct-tu:11.7a",
        "11.7a",
        unit,
        unit,
        "Tháng 3/2026",
        outcome,
        "Đạt yêu cầu",
        finalReport,
        OffsetDateTime.parse("2026-04-02T09:00:00+07:00"),
        "can-bo-btgdv-01");
  }
}
