package vn.dienbien.contracts.report;

import java.time.LocalDate;
import vn.dienbien.contracts.DomainEvent;

/**
 * A reporting obligation falls due soon.
 *
 * <p>Wire contract: vn.dienbien.report.due-soon.v1, schema schemas/report/due-soon.v1.json.
 */
public record ReportDueSoon(
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
    int daysBefore)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.report.due-soon.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return obligationId;
  }
}
