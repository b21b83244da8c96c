package vn.dienbien.notification.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.notification.rule.Occurrence;
import vn.dienbien.platform.inbox.InboundEvent;

/**
 * What the intake hears, in the service's own terms: the consumers read each contract into one of
 * these at the edge, and {@link Occurrences}, {@link ExtensionOccurrences} and {@link
 * TaskDeadlines} work on them only.
 */
final class News {

  private News() {}

  /** The source event: CloudEvents id, type and time (the start of the hand-off latency). */
  record Source(String eventId, String eventType, OffsetDateTime time) {

    static Source of(InboundEvent<?> event) {
      return new Source(event.id(), event.type(), event.time());
    }

    Occurrence occurrence(MessageKind kind, Unit unit, Map<String, Object> facts) {
      return new Occurrence(
          eventId, eventType, kind, time, unit.id(), unit.name(), unit.obligationId(), facts);
    }
  }

  /** The unit an event concerns and, for a reporting period, its obligation (else null). */
  record Unit(String id, String name, String obligationId) {}

  /** The directive's task an event is about. */
  record Task(String directiveId, String directiveNumber, String taskCode) {}

  /** A task assigned to a unit, as lead ({@code lead}) or coordinating unit. */
  record NewTask(
      Unit unit,
      Task task,
      String directiveTitle,
      String taskContent,
      String expectedOutput,
      boolean lead,
      Deadline deadline) {}

  /** A new task's deadline as directive-service set it; any part may be missing. */
  record Deadline(
      DeadlineKind kind,
      LocalDate dueDate,
      Cadence cadence,
      LocalDate periodStart,
      LocalDate periodEnd,
      OffsetDateTime assignedAt) {}

  enum DeadlineKind {
    FIXED_DATE,
    ONGOING,
    ANNUAL
  }

  enum Cadence {
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
  }

  /** A reporting period of a task, by report-service's label. */
  record Period(Unit unit, Task task, String taskContent, String label, LocalDate dueDate) {}

  record DueSoon(Period period, int daysBefore) {}

  record Overdue(Period period, int daysOverdue, int escalationStep) {}

  record Submitted(
      Period period, OffsetDateTime submittedAt, boolean late, int daysLate, int progressPercent) {}

  record Reviewed(
      Period period, boolean returned, String comment, boolean finalReport, OffsetDateTime at) {}

  /**
   * A model's recognition: {@code exemplar} for an "điển hình" (else a "mô hình"), {@code province}
   * for the province's level (else the commune's).
   */
  record Recognised(
      Unit unit,
      String name,
      boolean exemplar,
      boolean province,
      int year,
      String field,
      String decisionNumber,
      LocalDate decisionDate) {}

  record Commended(
      Unit unit, String name, boolean province, String decisionNumber, LocalDate decisionDate) {}

  record Revoked(
      Unit unit, String name, boolean province, int year, String reason, OffsetDateTime at) {}

  /**
   * What an extension moves: a reporting period's report (report-service, by its label) or a
   * fixed-date assignment's own deadline (directive-service, {@code label} null).
   */
  record Extended(Unit unit, Task task, boolean assignment, String label) {}

  record ExtensionRequest(
      Extended extended,
      LocalDate currentDueDate,
      LocalDate proposedDueDate,
      String reason,
      OffsetDateTime at) {}

  record ExtensionDecision(
      Extended extended,
      boolean approved,
      LocalDate previousDueDate,
      LocalDate proposedDueDate,
      LocalDate dueDate,
      String note,
      OffsetDateTime at) {}
}
