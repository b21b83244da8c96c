package vn.dienbien.directive.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;

/**
 * Closes an assignment when report-service says its final report was accepted. The status guard
 * makes a redelivered or repeated review a no-op, so assignment-closed is published once.
 */
@Service
public class AssignmentClosing {

  private static final Logger log = LoggerFactory.getLogger(AssignmentClosing.class);

  private final Assignments assignments;
  private final Outbox outbox;
  private final MeterRegistry meters;

  AssignmentClosing(Assignments assignments, Outbox outbox, MeterRegistry meters) {
    this.assignments = assignments;
    this.outbox = outbox;
    this.meters = meters;
  }

  public void onReviewed(ReportReviewed review) {
    if (review.outcome() != ReportReviewed.Outcome.ACCEPTED || !review.finalReport()) {
      return;
    }
    var found = assignments.find(review.assignmentId());
    if (found.isEmpty()) {
      log.warn(
          "Report {} was accepted for unknown assignment {}",
          review.reportId(),
          review.assignmentId());
      meters.counter("assignments.close.unknown").increment();
      return;
    }
    Assignment a = found.get();
    Instant closedAt = review.reviewedAt().toInstant();
    var event =
        new AssignmentClosed(
            a.id(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.unitId(),
            a.unitName(),
            AssignmentClosed.Reason.FINAL_REPORT_ACCEPTED,
            review.reviewedAt(),
            review.actorId());
    var guard =
        query(
            where("_id")
                .is(a.id())
                .and("status")
                .in(AssignmentStatus.OPEN, AssignmentStatus.EXTENDED));
    var update =
        new Update()
            .set("status", AssignmentStatus.CLOSED)
            .set("closedAt", closedAt)
            .set("closedReason", AssignmentClosed.Reason.FINAL_REPORT_ACCEPTED)
            .unset("pendingExtension");
    if (outbox.update(
        Assignment.class,
        guard,
        update,
        List.of(IdentifiedEvent.of(event, "assignment:" + a.id() + ":closed")))) {
      meters.counter("assignments.closed", "reason", "FINAL_REPORT_ACCEPTED").increment();
    }
  }
}
