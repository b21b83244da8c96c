package vn.dienbien.portal.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reporting obligation as report-service shows it, with its report history (oldest first). {@code
 * windowOpensOn} is the first day report-service accepts a report for it (null from a service that
 * predates reporting windows: then any day). {@code extensionRequests}: this period's own requests
 * for more time, oldest first (a fixed-date task's are its assignment's, in directive-service).
 */
public record Obligation(
    String id,
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String taskCode,
    String taskContent,
    String unitId,
    String unitName,
    String monitoringUnitId,
    String periodLabel,
    LocalDate periodStart,
    LocalDate windowOpensOn,
    LocalDate originalDueDate,
    LocalDate dueDate,
    OffsetDateTime dueAt,
    String state,
    List<Report> reports,
    List<ExtensionRequest> extensionRequests) {

  public Obligation {
    reports = reports == null ? List.of() : List.copyOf(reports);
    extensionRequests = extensionRequests == null ? List.of() : List.copyOf(extensionRequests);
  }

  /**
   * A request for more time on this period and the monitoring body's decision ({@code PENDING},
   * {@code APPROVED}, {@code REFUSED}); {@code previousDueDate} was in force when it was asked.
   */
  public record ExtensionRequest(
      String id,
      LocalDate previousDueDate,
      LocalDate proposedDueDate,
      String reason,
      String requestedBy,
      java.time.Instant requestedAt,
      String decision,
      String note,
      String decidedBy,
      java.time.Instant decidedAt) {

    public boolean pending() {
      return "PENDING".equals(decision);
    }
  }

  /** The request waiting for a decision, or null. */
  public ExtensionRequest pendingExtension() {
    return extensionRequests.stream().filter(ExtensionRequest::pending).findFirst().orElse(null);
  }

  /** The unit owes a report on this period and has no request waiting: it may ask for time. */
  public boolean mayAskExtension() {
    return awaitingReport() && pendingExtension() == null;
  }

  /** The latest revision, or null before the first submission. */
  public Report current() {
    return reports.isEmpty() ? null : reports.getLast();
  }

  /** The unit may (re)submit: nothing yet, or the last report was returned. */
  public boolean awaitingReport() {
    return "OPEN".equals(state) || "RETURNED".equals(state);
  }

  /** The unit owes a report but its reporting window opens after {@code today}. */
  public boolean notOpenYet(LocalDate today) {
    return awaitingReport() && windowOpensOn != null && today.isBefore(windowOpensOn);
  }

  /** The unit may (re)submit today: it owes a report and the window is open. */
  public boolean reportableOn(LocalDate today) {
    return awaitingReport() && !notOpenYet(today);
  }

  /** Days from {@code today} to the due date; negative when late. */
  public long daysLeft(LocalDate today) {
    return java.time.temporal.ChronoUnit.DAYS.between(today, dueDate);
  }

  /** The report history newest first, as people read it. */
  public List<Report> newestFirst() {
    return reports.reversed();
  }
}
