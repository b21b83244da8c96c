package vn.dienbien.directive.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.dienbien.contracts.directive.AssignmentExtensionDecided;
import vn.dienbien.contracts.directive.AssignmentExtensionRequested;
import vn.dienbien.contracts.directive.DeadlineExtended;
import vn.dienbien.platform.outbox.IdentifiedEvent;

/**
 * The events of an assignment's extension, with identities derived from the request, so a retried
 * write yields the same CloudEvents ids: the request and the decision (to tell the unit and the
 * monitoring body), and on approval deadline-extended (which moves the obligation).
 */
final class ExtensionEvents {

  private ExtensionEvents() {}

  static IdentifiedEvent requested(Assignment a, ExtensionRequest request, ZoneId zone) {
    var event =
        new AssignmentExtensionRequested(
            request.id(),
            a.id(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.taskCode(),
            a.unitId(),
            a.unitName(),
            a.currentDueDate(),
            request.proposedDueDate(),
            request.reason(),
            OffsetDateTime.ofInstant(request.requestedAt(), zone),
            request.requestedBy());
    return IdentifiedEvent.of(event, "extension:" + request.id() + ":requested");
  }

  /** {@code dueDate}: the due date in force once decided. */
  static IdentifiedEvent decided(
      Assignment a, ExtensionRequest decided, LocalDate dueDate, ZoneId zone) {
    var event =
        new AssignmentExtensionDecided(
            decided.id(),
            a.id(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.taskCode(),
            a.unitId(),
            a.unitName(),
            decided.decision() == ExtensionRequest.Decision.APPROVED
                ? AssignmentExtensionDecided.Decision.APPROVED
                : AssignmentExtensionDecided.Decision.REFUSED,
            a.currentDueDate(),
            decided.proposedDueDate(),
            dueDate,
            decided.decisionNote(),
            OffsetDateTime.ofInstant(decided.decidedAt(), zone),
            decided.decidedBy());
    return IdentifiedEvent.of(event, "extension:" + decided.id() + ":decided");
  }

  static IdentifiedEvent extended(Assignment a, String requestId, LocalDate newDue, String actor) {
    var event =
        new DeadlineExtended(
            a.id(),
            requestId,
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.taskCode(),
            a.unitId(),
            a.unitName(),
            a.originalDueDate(),
            a.currentDueDate(),
            newDue,
            a.pendingExtension().reason(),
            actor);
    // The identity of earlier versions, so a deadline extended before this one is not re-sent.
    return IdentifiedEvent.of(event, "extension:" + requestId);
  }
}
