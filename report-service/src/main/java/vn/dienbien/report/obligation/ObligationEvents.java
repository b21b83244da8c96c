package vn.dienbien.report.obligation;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.report.ExtensionDecided;
import vn.dienbien.contracts.report.ExtensionRequested;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.platform.outbox.IdentifiedEvent;

/**
 * The contract events obligations cause, with identities that make retries idempotent: the one
 * place where an obligation becomes an event header (assignment, directive, task, unit, period) and
 * where the service's own enums become the contract's.
 */
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

  static DomainEvent extensionRequested(
      Obligation obligation, ExtensionRequest request, ZoneId zone) {
    Assignment a = obligation.assignment();
    var event =
        new ExtensionRequested(
            request.id(),
            obligation.id(),
            a.assignmentId(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.taskCode(),
            a.unitId(),
            a.unitName(),
            obligation.periodLabel(),
            request.previousDueDate(),
            request.proposedDueDate(),
            request.reason(),
            OffsetDateTime.ofInstant(request.requestedAt(), zone),
            request.requestedBy());
    return IdentifiedEvent.of(
        event, "obligation:" + obligation.id() + ":extension:" + request.id() + ":requested");
  }

  /**
   * The decision on {@code before}'s extension: {@code after} carries the due date and label in
   * force once decided; {@code decided} the request (its id), the proposal, the note and who
   * decided when.
   */
  static DomainEvent extensionDecided(
      Obligation before,
      Obligation after,
      ExtensionScope scope,
      ExtensionRequest decided,
      ZoneId zone) {
    Assignment a = after.assignment();
    var event =
        new ExtensionDecided(
            decided.id(),
            after.id(),
            a.assignmentId(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.taskCode(),
            a.unitId(),
            a.unitName(),
            after.periodLabel(),
            ExtensionDecided.Scope.valueOf(scope.name()),
            decisionOf(decided),
            before.dueDate(),
            decided.proposedDueDate(),
            after.dueDate(),
            decided.note(),
            OffsetDateTime.ofInstant(decided.decidedAt(), zone),
            decided.decidedBy());
    return IdentifiedEvent.of(
        event, "obligation:" + after.id() + ":extension:" + decided.id() + ":decided");
  }

  private static ExtensionDecided.Decision decisionOf(ExtensionRequest decided) {
    return decided.decision() == ExtensionRequest.Decision.APPROVED
        ? ExtensionDecided.Decision.APPROVED
        : ExtensionDecided.Decision.REFUSED;
  }

  static DomainEvent reviewed(Obligation o, Report report, boolean finalReport, ZoneId zone) {
    Assignment a = o.assignment();
    Review review = report.review();
    var event =
        new ReportReviewed(
            report.id(),
            o.id(),
            a.assignmentId(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.taskCode(),
            a.unitId(),
            a.unitName(),
            o.periodLabel(),
            ReportReviewed.Outcome.valueOf(review.outcome().name()),
            review.comment(),
            finalReport,
            OffsetDateTime.ofInstant(review.reviewedAt(), zone),
            review.actorId());
    return IdentifiedEvent.of(event, "report:" + report.id() + ":reviewed");
  }

  static DomainEvent overdue(Obligation o, int daysOverdue, int step) {
    Assignment a = o.assignment();
    var event =
        new ReportOverdue(
            o.id(),
            a.assignmentId(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.taskCode(),
            a.taskContent(),
            a.unitId(),
            a.unitName(),
            o.periodLabel(),
            o.dueDate(),
            daysOverdue,
            step);
    return IdentifiedEvent.of(event, reminderIdentity(o) + ":overdue:" + step);
  }

  static DomainEvent dueSoon(Obligation o, int lead) {
    Assignment a = o.assignment();
    var event =
        new ReportDueSoon(
            o.id(),
            a.assignmentId(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.taskCode(),
            a.taskContent(),
            a.unitId(),
            a.unitName(),
            o.periodLabel(),
            o.dueDate(),
            lead);
    return IdentifiedEvent.of(event, reminderIdentity(o) + ":due-soon:" + lead);
  }

  /** An extended due date starts a new series of reminders, so it gets its own identities. */
  private static String reminderIdentity(Obligation o) {
    return "obligation:" + o.id() + (o.extensions() == 0 ? "" : ":ext" + o.extensions());
  }
}
