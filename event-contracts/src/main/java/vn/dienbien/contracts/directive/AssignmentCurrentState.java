package vn.dienbien.contracts.directive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * The current state of one assignment (one task of a directive for one unit), published on the
 * compacted topic {@code assignment-state} with the assignment id as the record key after every
 * change. Names of units and directives (public documents) are included for readers' lists; names
 * of people, requests' reasons and notes are not.
 *
 * <p>Wire contract: vn.dienbien.directive.assignment-state.v1, schema
 * schemas/directive/assignment-state.v1.json.
 *
 * @param extensionsApproved extension requests approved so far
 * @param extensionPending true while an extension request waits for a decision
 */
public record AssignmentCurrentState(
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String directiveTitle,
    String taskId,
    String taskCode,
    String unitId,
    String unitName,
    TaskAssigned.Role role,
    TaskAssigned.DeadlineKind deadlineKind,
    TaskAssigned.Cadence cadence,
    LocalDate originalDueDate,
    LocalDate currentDueDate,
    LocalDate periodStart,
    LocalDate periodEnd,
    String monitoringUnitId,
    Status status,
    OffsetDateTime assignedAt,
    int extensionsApproved,
    boolean extensionPending,
    OffsetDateTime closedAt,
    AssignmentClosed.Reason closedReason)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.directive.assignment-state.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return assignmentId;
  }

  public enum Status {
    OPEN,
    EXTENDED,
    CLOSED
  }
}
