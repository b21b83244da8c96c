package vn.dienbien.contracts.report;

import java.time.LocalDate;
import vn.dienbien.contracts.DomainEvent;

/**
 * A reporting obligation is past due; emitted once per escalation step.
 *
 * <p>Wire contract: vn.dienbien.report.overdue.v1, schema schemas/report/overdue.v1.json.
 */
public record ReportOverdue(
    String obligationId,
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String taskId,
    String taskCode,
    String taskContent,
    String unitId,
    String unitName,
    String periodLabel,
    LocalDate dueDate,
    int daysOverdue,
    int escalationStep)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.report.overdue.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return obligationId;
  }
}
