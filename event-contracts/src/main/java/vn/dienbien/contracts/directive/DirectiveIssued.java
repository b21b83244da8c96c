package vn.dienbien.contracts.directive;

import java.time.LocalDate;
import vn.dienbien.contracts.DomainEvent;

/**
 * A directive was issued (ban hành); its tasks are now assigned.
 *
 * <p>Wire contract: vn.dienbien.directive.directive-issued.v1, schema
 * schemas/directive/directive-issued.v1.json.
 */
public record DirectiveIssued(
    String directiveId,
    String number,
    String title,
    String unitId,
    LocalDate issuedOn,
    LocalDate periodStart,
    LocalDate periodEnd,
    int taskCount,
    int assignmentCount,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.directive.directive-issued.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return directiveId;
  }
}
