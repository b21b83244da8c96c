package vn.dienbien.contracts.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * A unit asked for more time on one reporting obligation (one period of an ongoing or yearly task).
 *
 * <p>Wire contract: vn.dienbien.report.extension-requested.v1, schema
 * schemas/report/extension-requested.v1.json.
 */
public record ExtensionRequested(
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
    LocalDate currentDueDate,
    LocalDate proposedDueDate,
    String reason,
    OffsetDateTime requestedAt,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.report.extension-requested.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return obligationId;
  }
}
