package vn.dienbien.contracts.directive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * A task of a directive was assigned to one unit (one event per assignment).
 *
 * <p>Wire contract: vn.dienbien.directive.task-assigned.v1, schema
 * schemas/directive/task-assigned.v1.json.
 */
public record TaskAssigned(
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String directiveTitle,
    String taskId,
    String taskCode,
    String taskContent,
    String expectedOutput,
    String unitId,
    String unitName,
    Role role,
    DeadlineKind deadlineKind,
    LocalDate dueDate,
    Cadence cadence,
    LocalDate periodStart,
    LocalDate periodEnd,
    String monitoringUnitId,
    OffsetDateTime assignedAt,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.directive.task-assigned.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return assignmentId;
  }

  public enum Role {
    LEAD,
    COORDINATING
  }

  public enum DeadlineKind {
    FIXED_DATE,
    ONGOING,
    ANNUAL
  }

  public enum Cadence {
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
  }
}
