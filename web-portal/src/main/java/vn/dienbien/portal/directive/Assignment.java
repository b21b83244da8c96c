package vn.dienbien.portal.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One task for one unit, with its extension requests, as directive-service shows it. */
public record Assignment(
    String id,
    String directiveId,
    String directiveNumber,
    String directiveTitle,
    String taskCode,
    String taskContent,
    String unitId,
    String unitName,
    String role,
    String deadlineKind,
    LocalDate originalDueDate,
    LocalDate currentDueDate,
    String cadence,
    String status,
    ExtensionRequest pendingExtension,
    List<ExtensionRequest> extensions) {

  public Assignment {
    extensions = extensions == null ? List.of() : List.copyOf(extensions);
  }

  /** Only fixed-date tasks have a date to extend, and one request may wait at a time. */
  public boolean mayAskExtension() {
    return "FIXED_DATE".equals(deadlineKind)
        && !"CLOSED".equals(status)
        && pendingExtension == null;
  }

  public record ExtensionRequest(
      String id,
      String reason,
      LocalDate proposedDueDate,
      String requestedBy,
      Instant requestedAt,
      String decision,
      LocalDate approvedDueDate,
      String decisionNote,
      String decidedBy,
      Instant decidedAt) {}
}
