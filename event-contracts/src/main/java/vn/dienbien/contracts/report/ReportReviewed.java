package vn.dienbien.contracts.report;

import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * The monitoring body accepted or returned a report.
 *
 * <p>Wire contract: vn.dienbien.report.reviewed.v1, schema schemas/report/reviewed.v1.json.
 */
public record ReportReviewed(
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
    Outcome outcome,
    String comment,
    boolean finalReport,
    OffsetDateTime reviewedAt,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.report.reviewed.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return reportId;
  }

  public enum Outcome {
    ACCEPTED,
    RETURNED
  }
}
