package vn.dienbien.contracts.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * An extension of one reporting obligation was decided. scope OBLIGATION: the monitoring body
 * approved or refused a request made on this obligation; scope ASSIGNMENT: the obligation followed
 * an assignment's extension approved in directive-service (always APPROVED). After an approval,
 * reminders about previousDueDate are void.
 *
 * <p>Wire contract: vn.dienbien.report.extension-decided.v1, schema
 * schemas/report/extension-decided.v1.json.
 */
public record ExtensionDecided(
    String requestId,
    String obligationId,
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String taskId,
    String taskCode,
    String unitId,
    String unitName,
    String periodLabel,
    Scope scope,
    Decision decision,
    LocalDate previousDueDate,
    LocalDate proposedDueDate,
    LocalDate dueDate,
    String note,
    OffsetDateTime decidedAt,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.report.extension-decided.v1";

  public enum Decision {
    APPROVED,
    REFUSED
  }

  public enum Scope {
    OBLIGATION,
    ASSIGNMENT
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return obligationId;
  }
}
