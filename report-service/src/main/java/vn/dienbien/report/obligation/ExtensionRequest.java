package vn.dienbien.report.obligation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's request for more time on one obligation, and the monitoring body's decision on it.
 * {@code previousDueDate} is the due date in force when it was asked.
 */
public record ExtensionRequest(
    String id,
    LocalDate previousDueDate,
    LocalDate proposedDueDate,
    String reason,
    String requestedBy,
    Instant requestedAt,
    Decision decision,
    String note,
    String decidedBy,
    Instant decidedAt) {

  public enum Decision {
    PENDING,
    APPROVED,
    REFUSED
  }

  static ExtensionRequest pending(
      String id, LocalDate current, LocalDate proposed, String reason, String by, Instant at) {
    return new ExtensionRequest(
        id, current, proposed, reason, by, at, Decision.PENDING, null, null, null);
  }

  ExtensionRequest decided(Decision outcome, String decisionNote, String by, Instant at) {
    return new ExtensionRequest(
        id,
        previousDueDate,
        proposedDueDate,
        reason,
        requestedBy,
        requestedAt,
        outcome,
        decisionNote,
        by,
        at);
  }

  public boolean pending() {
    return decision == Decision.PENDING;
  }
}
