package vn.dienbien.contracts.directive;

import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * An assignment was closed (final report accepted, or withdrawn).
 *
 * <p>Wire contract: vn.dienbien.directive.assignment-closed.v1, schema
 * schemas/directive/assignment-closed.v1.json.
 */
public record AssignmentClosed(
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String taskId,
    String unitId,
    String unitName,
    Reason reason,
    OffsetDateTime closedAt,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.directive.assignment-closed.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return assignmentId;
  }

  public enum Reason {
    FINAL_REPORT_ACCEPTED,
    WITHDRAWN
  }
}
