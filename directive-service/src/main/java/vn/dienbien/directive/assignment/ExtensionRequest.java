package vn.dienbien.directive.assignment;

import java.time.Instant;
import java.time.LocalDate;

/** A unit's request for more time, and the monitoring body's decision on it. */
public record ExtensionRequest(
    String id,
    String reason,
    LocalDate proposedDueDate,
    String requestedBy,
    Instant requestedAt,
    Decision decision,
    LocalDate approvedDueDate,
    String decisionNote,
    String decidedBy,
    Instant decidedAt) {

  public enum Decision {
    PENDING,
    APPROVED,
    REJECTED
  }

  static ExtensionRequest pending(
      String id, String reason, LocalDate proposed, String requestedBy, Instant at) {
    return new ExtensionRequest(
        id, reason, proposed, requestedBy, at, Decision.PENDING, null, null, null, null);
  }

  ExtensionRequest decided(
      Decision decision, LocalDate approvedDueDate, String note, String decidedBy, Instant at) {
    return new ExtensionRequest(
        id,
        reason,
        proposedDueDate,
        requestedBy,
        requestedAt,
        decision,
        approvedDueDate,
        note,
        decidedBy,
        at);
  }
}
