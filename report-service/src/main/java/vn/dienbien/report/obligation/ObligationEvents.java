package vn.dienbien.report.obligation;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.platform.outbox.IdentifiedEvent;

/** The contract events obligations cause, with identities that make retries idempotent. */
final class ObligationEvents {

  private ObligationEvents() {}

  static DomainEvent submitted(Obligation obligation, Report report, ZoneId zone) {
    Assignment a = obligation.assignment();
    var event =
        new ReportSubmitted(
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
            obligation.dueDate(),
            OffsetDateTime.ofInstant(report.submittedAt(), zone),
            report.late(),
            report.daysLate(),
            report.content().progressPercent(),
            ReportSubmitted.Status.valueOf(report.content().status().name()),
            report.revision(),
            report.actorId());
    return IdentifiedEvent.of(event, "report:" + report.id() + ":submitted");
  }
}
