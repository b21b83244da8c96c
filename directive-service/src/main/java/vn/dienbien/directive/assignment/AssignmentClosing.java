package vn.dienbien.directive.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.directive.AssignmentClosed.ClosedBy;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.directive.refusal.Refusal;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;

/**
 * Closes an assignment when report-service says its final report was accepted, or when the
 * monitoring body marks it complete (report-service then closes the periods still owed). An early
 * final report is never final: report-service only marks the last period's report, in its window,
 * as final. The status guard makes a redelivered review or a second marking a no-op, so
 * assignment-closed is published once.
 */
@Service
public class AssignmentClosing {

  private static final Logger log = LoggerFactory.getLogger(AssignmentClosing.class);

  private final Assignments assignments;
  private final Outbox outbox;
  private final MeterRegistry meters;
  private final Clock clock;
  private final String monitoringUnitId;

  AssignmentClosing(
      Assignments assignments,
      Outbox outbox,
      MeterRegistry meters,
      Clock clock,
      @Value("${directive.monitoring-unit-id:BTGDV-TU}") String monitoringUnitId) {
    this.assignments = assignments;
    this.outbox = outbox;
    this.meters = meters;
    this.clock = clock;
    this.monitoringUnitId = monitoringUnitId;
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
    close(found.get(), review.reviewedAt(), review.actorId(), ClosedBy.FINAL_REPORT, null);
  }

  /**
   * The monitoring body marks the assignment complete, whatever periods are still owed; published
   * with reason FINAL_REPORT_ACCEPTED (for consumers of the first version) and closedBy
   * MONITORING_BODY.
   */
  public Assignment markComplete(
      String assignmentId, String note, String decidingUnit, String actorId) {
    if (decidingUnit != null && !decidingUnit.equals(monitoringUnitId)) {
      throw Refusal.forbidden(
          "Chỉ cơ quan theo dõi thực hiện chỉ thị mới xác nhận hoàn thành nhiệm vụ");
    }
    Assignment a = assignments.get(assignmentId);
    if (a.isClosed()
        || !close(a, OffsetDateTime.now(clock), actorId, ClosedBy.MONITORING_BODY, note)) {
      throw Refusal.conflict(
          "assignment-closed", "Phân công đã kết thúc, không xác nhận hoàn thành được nữa");
    }
    return assignments.get(assignmentId);
  }

  private boolean close(
      Assignment a, OffsetDateTime at, String actorId, ClosedBy closedBy, String note) {
    var reason = AssignmentClosed.Reason.FINAL_REPORT_ACCEPTED;
    var event =
        new AssignmentClosed(
            a.id(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.unitId(),
            a.unitName(),
            reason,
            at,
            actorId,
            closedBy,
            note);
    var guard =
        query(
            where("_id")
                .is(a.id())
                .and("status")
                .in(AssignmentStatus.OPEN, AssignmentStatus.EXTENDED));
    String recorded = closedBy == ClosedBy.MONITORING_BODY ? "MARKED_COMPLETE" : reason.name();
    var update =
        new Update()
            .set("status", AssignmentStatus.CLOSED)
            .set("closedAt", at.toInstant())
            .set("closedReason", recorded)
            .unset("pendingExtension");
    boolean closed =
        outbox.update(
            Assignment.class,
            guard,
            update,
            List.of(IdentifiedEvent.of(event, "assignment:" + a.id() + ":closed")));
    if (closed) {
      meters.counter("assignments.closed", "reason", recorded).increment();
    }
    return closed;
  }
}
