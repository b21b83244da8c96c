package vn.dienbien.contracts.directive;

import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * An assignment was closed (final report accepted, marked complete by the monitoring body, or
 * withdrawn). {@code closedBy} and {@code note} were added later (optional, null in earlier
 * events): an assignment the monitoring body marked complete carries reason FINAL_REPORT_ACCEPTED,
 * the nearest of the first version's reasons, so consumers of that version count it as done.
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
    String actorId,
    ClosedBy closedBy,
    String note)
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

  /** Who closed it. */
  public enum ClosedBy {
    /** Accepting the last period's final report. */
    FINAL_REPORT,
    /** The monitoring body marked the assignment complete. */
    MONITORING_BODY,
    /** The directive ended (superseded or expired). */
    DIRECTIVE_ENDED
  }

  public enum Reason {
    FINAL_REPORT_ACCEPTED,
    WITHDRAWN
  }
}
