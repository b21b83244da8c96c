package vn.dienbien.directive.assignment;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.directive.directive.Milestone;
import vn.dienbien.platform.outbox.IdentifiedEvent;

/**
 * The events of an assignment's life besides its extensions ({@link ExtensionEvents}): assigned and
 * closed, with identities derived from the assignment, so a retried write yields the same
 * CloudEvents ids and a close is published once whoever closes it.
 */
final class AssignmentEvents {

  private AssignmentEvents() {}

  static IdentifiedEvent assigned(Assignment a, String actorId, ZoneId zone) {
    var event =
        new TaskAssigned(
            a.id(),
            a.directiveId(),
            a.directiveNumber(),
            a.directiveTitle(),
            a.taskId(),
            a.taskCode(),
            a.taskContent(),
            a.expectedOutput(),
            a.unitId(),
            a.unitName(),
            TaskAssigned.Role.valueOf(a.role().name()),
            TaskAssigned.DeadlineKind.valueOf(a.deadlineKind().name()),
            a.originalDueDate(),
            a.cadence() == null ? null : TaskAssigned.Cadence.valueOf(a.cadence().name()),
            a.periodStart(),
            a.periodEnd(),
            a.monitoringUnitId(),
            OffsetDateTime.ofInstant(a.assignedAt(), zone),
            actorId,
            a.milestones().stream().map(AssignmentEvents::milestone).toList());
    return IdentifiedEvent.of(event, "assignment:" + a.id());
  }

  /** The contract's reason: the monitoring body's marking counts as an accepted final report. */
  static AssignmentClosed.Reason reason(Closure by) {
    return by == Closure.DIRECTIVE_ENDED
        ? AssignmentClosed.Reason.WITHDRAWN
        : AssignmentClosed.Reason.FINAL_REPORT_ACCEPTED;
  }

  private static TaskAssigned.Milestone milestone(Milestone m) {
    return new TaskAssigned.Milestone(
        m.key(),
        m.label(),
        m.dueDate(),
        m.windowOpensOn(),
        m.dateSource() == null ? null : TaskAssigned.DateSource.valueOf(m.dateSource().name()));
  }

  /**
   * Closed {@code by}: the monitoring body's marking is published with reason FINAL_REPORT_ACCEPTED
   * too (for consumers of the first version), closedBy telling them apart.
   */
  static IdentifiedEvent closed(
      Assignment a, Closure by, OffsetDateTime at, String actorId, String note) {
    var event =
        new AssignmentClosed(
            a.id(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.unitId(),
            a.unitName(),
            reason(by),
            at,
            actorId,
            AssignmentClosed.ClosedBy.valueOf(by.name()),
            note);
    return IdentifiedEvent.of(event, "assignment:" + a.id() + ":closed");
  }
}
