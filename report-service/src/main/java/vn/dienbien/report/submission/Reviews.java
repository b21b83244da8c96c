package vn.dienbien.report.submission;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.obligation.Assignment;
import vn.dienbien.report.obligation.DueDates;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.Report;
import vn.dienbien.report.obligation.Review;
import vn.dienbien.report.obligation.Transitions;

/**
 * The monitoring body accepts or returns a report, once. An accepted report that completes the
 * assignment is marked final, which lets directive-service close the assignment; a returned one
 * puts the obligation back under due-date watch.
 */
@Service
public class Reviews {

  private final Obligations obligations;
  private final Outbox outbox;
  private final DueDates dueDates;
  private final Clock clock;
  private final MeterRegistry meters;

  Reviews(
      Obligations obligations,
      Outbox outbox,
      DueDates dueDates,
      Clock clock,
      MeterRegistry meters) {
    this.obligations = obligations;
    this.outbox = outbox;
    this.dueDates = dueDates;
    this.clock = clock;
    this.meters = meters;
  }

  public Report review(
      String reportId, String reviewerUnitId, String actorId, ReviewReport request) {
    Obligation obligation = obligationOf(reportId);
    Report report = obligation.currentReport();
    if (!obligation.assignment().monitoringUnitId().equals(reviewerUnitId)) {
      // Names no unit: error bodies never reveal other units' codes.
      throw ApiProblem.forbidden("Chỉ cơ quan theo dõi nhiệm vụ này được thẩm định báo cáo");
    }
    if (!report.id().equals(reportId)
        || report.reviewed()
        || obligation.state() != ObligationState.SUBMITTED) {
      throw ApiProblem.conflict(
          "report-already-reviewed", "Báo cáo " + reportId + " đã được thẩm định");
    }
    if (request.outcome() == Review.Outcome.RETURNED
        && (request.comment() == null || request.comment().isBlank())) {
      throw ApiProblem.invalidField(
          "comment", "Trả lại báo cáo cần ghi rõ nội dung cần bổ sung, chỉnh sửa");
    }
    Review review =
        new Review(
            request.outcome(), strip(request.comment()), clock.instant(), reviewerUnitId, actorId);
    boolean accepted = review.outcome() == Review.Outcome.ACCEPTED;
    boolean finalReport = accepted && obligation.completesAssignment(report, clock.getZone());
    var update =
        Transitions.next(obligation)
            .set("reports." + (report.revision() - 1) + ".review", review)
            .set("state", accepted ? ObligationState.ACCEPTED : ObligationState.RETURNED);
    var event =
        IdentifiedEvent.of(
            reviewed(obligation, report, review, finalReport), "report:" + reportId + ":reviewed");
    if (!outbox.update(
        Obligation.class, Transitions.unchanged(obligation), update, List.of(event))) {
      throw ApiProblem.conflict(
          "report-already-reviewed", "Báo cáo " + reportId + " vừa được thẩm định");
    }
    if (!accepted) {
      dueDates.watch(obligation.id(), obligation.dueAt());
    }
    meters
        .counter(
            "reports.reviewed",
            "outcome",
            review.outcome().name(),
            "final",
            String.valueOf(finalReport))
        .increment();
    return new Report(
        report.id(),
        report.revision(),
        report.content(),
        report.evidence(),
        report.submittedAt(),
        report.late(),
        report.daysLate(),
        report.timeliness(),
        report.actorId(),
        review);
  }

  private Obligation obligationOf(String reportId) {
    String obligationId = Report.obligationIdOf(reportId);
    return (obligationId == null
            ? java.util.Optional.<Obligation>empty()
            : obligations.byId(obligationId))
        .filter(o -> o.reports().stream().anyMatch(r -> r.id().equals(reportId)))
        .orElseThrow(() -> ApiProblem.notFound("báo cáo", reportId));
  }

  private ReportReviewed reviewed(
      Obligation obligation, Report report, Review review, boolean finalReport) {
    Assignment a = obligation.assignment();
    return new ReportReviewed(
        report.id(),
        obligation.id(),
        a.assignmentId(),
        a.directiveId(),
        a.directiveNumber(),
        a.taskId(),
        a.taskCode(),
        a.unitId(),
        a.unitName(),
        obligation.periodLabel(),
        ReportReviewed.Outcome.valueOf(review.outcome().name()),
        review.comment(),
        finalReport,
        OffsetDateTime.ofInstant(review.reviewedAt(), clock.getZone()),
        review.actorId());
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
