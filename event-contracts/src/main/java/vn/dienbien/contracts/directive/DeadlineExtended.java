package vn.dienbien.contracts.directive;

import java.time.LocalDate;
import vn.dienbien.contracts.DomainEvent;

/**
 * An assignment's due date was extended after an approved request.
 *
 * <p>Wire contract: vn.dienbien.directive.deadline-extended.v1, schema
 * schemas/directive/deadline-extended.v1.json.
 */
public record DeadlineExtended(
    String assignmentId,
    String extensionId,
    String directiveId,
    String directiveNumber,
    String taskId,
    String taskCode,
    String unitId,
    String unitName,
    LocalDate originalDueDate,
    LocalDate previousDueDate,
    LocalDate newDueDate,
    String reason,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.directive.deadline-extended.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return assignmentId;
  }
}
