package vn.dienbien.report.obligation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a review ({@link Obligation#review}): only the monitoring body reviews, only the
 * latest revision while it waits, once; a returned report says what to fix. An accepted report that
 * completes the assignment is final.
 */
final class ReviewRules {

  private ReviewRules() {}

  static Obligation.Reviewed review(
      Obligation o,
      String reportId,
      Review.Reviewer reviewer,
      Review.Verdict verdict,
      Clock clock) {
    Report report = o.currentReport();
    requireReviewable(o, report, reportId, reviewer);
    if (verdict.outcome() == Review.Outcome.RETURNED && verdict.comment() == null) {
      throw new InvalidReview(
          "comment", "Trả lại báo cáo cần ghi rõ nội dung cần bổ sung, chỉnh sửa");
    }
    Review review =
        new Review(
            verdict.outcome(),
            verdict.comment(),
            clock.instant(),
            reviewer.unitId(),
            reviewer.actorId());
    return reviewed(o, report.withReview(review), clock);
  }

  private static void requireReviewable(
      Obligation o, Report report, String reportId, Review.Reviewer reviewer) {
    if (!o.assignment().monitoringUnitId().equals(reviewer.unitId())) {
      // Names no unit: error bodies never reveal other units' codes.
      throw new ObligationForbidden("Chỉ cơ quan theo dõi nhiệm vụ này được thẩm định báo cáo");
    }
    if (report == null
        || !report.id().equals(reportId)
        || report.reviewed()
        || o.state() != ObligationState.SUBMITTED) {
      throw new ObligationConflict(
          "report-already-reviewed", "Báo cáo " + reportId + " đã được thẩm định");
    }
  }

  private static Obligation.Reviewed reviewed(Obligation o, Report reviewed, Clock clock) {
    boolean accepted = reviewed.review().outcome() == Review.Outcome.ACCEPTED;
    boolean finalReport = accepted && o.completesAssignment(reviewed, clock.getZone());
    List<Report> all = new ArrayList<>(o.reports());
    all.set(all.size() - 1, reviewed);
    Obligation next =
        o.withReports(
            accepted ? ObligationState.ACCEPTED : ObligationState.RETURNED, List.copyOf(all));
    return new Obligation.Reviewed(
        next,
        reviewed,
        finalReport,
        List.of(ObligationEvents.reviewed(next, reviewed, finalReport, clock.getZone())));
  }
}
