package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.directive.DirectiveServiceIntegrationTest;
import vn.dienbien.testsupport.Waits;

class AssignmentClosingIntegrationTests extends DirectiveServiceIntegrationTest {

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
