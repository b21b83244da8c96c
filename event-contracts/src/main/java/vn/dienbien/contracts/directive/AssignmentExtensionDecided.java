package vn.dienbien.contracts.directive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * The monitoring body approved or refused a fixed-date assignment's extension request. An approval
 * is also announced by deadline-extended.v1, which moves the obligation.
 *
 * <p>Wire contract: vn.dienbien.directive.extension-decided.v1, schema
 * schemas/directive/extension-decided.v1.json.
 */
public record AssignmentExtensionDecided(
    String requestId,
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String taskId,
    String taskCode,
    String unitId,
    String unitName,
    Decision decision,
    LocalDate previousDueDate,
    LocalDate proposedDueDate,
    LocalDate dueDate,
    String note,
    OffsetDateTime decidedAt,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.directive.extension-decided.v1";

  public enum Decision {
    APPROVED,
    REFUSED
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return assignmentId;
  }
}
