package vn.dienbien.contracts.directive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * A unit asked for more time on a fixed-date assignment.
 *
 * <p>Wire contract: vn.dienbien.directive.extension-requested.v1, schema
 * schemas/directive/extension-requested.v1.json.
 */
public record AssignmentExtensionRequested(
    String requestId,
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String taskId,
    String taskCode,
    String unitId,
    String unitName,
    LocalDate currentDueDate,
    LocalDate proposedDueDate,
    String reason,
    OffsetDateTime requestedAt,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.directive.extension-requested.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return assignmentId;
  }
}
