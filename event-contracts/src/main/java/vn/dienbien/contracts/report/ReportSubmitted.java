package vn.dienbien.contracts.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * A unit submitted a report for one reporting obligation.
 *
 * <p>Wire contract: vn.dienbien.report.submitted.v1, schema schemas/report/submitted.v1.json.
 */
public record ReportSubmitted(
    String reportId,
    String obligationId,
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String taskId,
    String taskCode,
    String unitId,
    String unitName,
    String periodLabel,
    LocalDate dueDate,
    OffsetDateTime submittedAt,
    boolean late,
    int daysLate,
    int progressPercent,
    Status status,
    int revision,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.report.submitted.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return reportId;
  }

  public enum Status {
    COMPLETED,
    IN_PROGRESS,
    NOT_STARTED
  }
}
