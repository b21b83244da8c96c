package vn.dienbien.report.submission;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dienbien.report.obligation.DueDates;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationConflict;
import vn.dienbien.report.obligation.ObligationNotFound;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.Report;
import vn.dienbien.report.obligation.Review;

/**
 * The monitoring body accepts or returns a report, once: load, let the obligation decide ({@link
 * Obligation#review}), store. An accepted report that completes the assignment is marked final,
 * which lets directive-service close the assignment; a returned one puts the obligation back under
 * due-date watch.
 */
@Service
public class Reviews {

  private final Obligations obligations;
  private final DueDates dueDates;
  private final Clock clock;
  private final MeterRegistry meters;

  Reviews(Obligations obligations, DueDates dueDates, Clock clock, MeterRegistry meters) {
    this.obligations = obligations;
    this.dueDates = dueDates;
    this.clock = clock;
    this.meters = meters;
  }

  public Report review(
      String reportId, String reviewerUnitId, String actorId, ReviewReport request) {
    Obligation obligation = obligationOf(reportId);
    Obligation.Reviewed reviewed =
        obligation.review(
            reportId,
            new Review.Reviewer(reviewerUnitId, actorId),
            new Review.Verdict(request.outcome(), request.comment()),
            clock);
    if (!obligations.storeReview(obligation, reviewed)) {
      throw new ObligationConflict(
          "report-already-reviewed", "Báo cáo " + reportId + " vừa được thẩm định");
    }
    Review review = reviewed.report().review();
    if (review.outcome() != Review.Outcome.ACCEPTED) {
      dueDates.watch(obligation.id(), obligation.dueAt());
    }
    meters
        .counter(
            "reports.reviewed",
            "outcome",
            review.outcome().name(),
            "final",
            String.valueOf(reviewed.finalReport()))
        .increment();
    return reviewed.report();
  }

  private Obligation obligationOf(String reportId) {
    return Optional.ofNullable(Report.obligationIdOf(reportId))
        .flatMap(obligations::byId)
        .filter(o -> o.reports().stream().anyMatch(r -> r.id().equals(reportId)))
        .orElseThrow(() -> new ObligationNotFound("báo cáo", reportId));
  }
}
