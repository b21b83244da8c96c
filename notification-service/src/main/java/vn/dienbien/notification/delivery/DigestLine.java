package vn.dienbien.notification.delivery;

import java.time.LocalDate;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.notification.rule.Occurrence;

/**
 * What a held email contributes to its digest, kept on the delivery: the section it goes in and the
 * facts of its line. Days late or left are not kept: the digest counts them to its own day.
 *
 * @param byRole held because of the role the rule reached the official in: the digest then goes out
 *     as one summary however few its items
 * @param taskContent what the task asks (new tasks)
 * @param dueOn the report's due date
 * @param taskDue a new task's due date, or the first report's (dd/MM/yyyy), if known
 * @param submittedOn the day the report came in (dd/MM/yyyy, Asia/Ho_Chi_Minh)
 * @param lateDays how late the report came in, by report-service's count
 */
public record DigestLine(
    Section section,
    boolean byRole,
    String directiveId,
    String directiveNumber,
    String unitId,
    String unitName,
    String taskCode,
    String taskContent,
    String reportName,
    LocalDate dueOn,
    String taskDue,
    String submittedOn,
    Integer lateDays) {

  /** The digest's sections, in the order each directive lists them. */
  public enum Section {
    NEWLY_OVERDUE,
    STILL_OVERDUE,
    AWAITING_REVIEW,
    DUE_SOON,
    NEW_TASKS,
    /** Not about a directive's reports (models, commendations): listed after the directives. */
    OTHER
  }

  public static DigestLine of(Occurrence occurrence, boolean byRole) {
    return new DigestLine(
        section(occurrence),
        byRole,
        text(occurrence, "directiveId"),
        text(occurrence, "directiveNumber"),
        occurrence.unitId(),
        occurrence.unitName() == null ? occurrence.unitId() : occurrence.unitName(),
        text(occurrence, "taskCode"),
        text(occurrence, "taskContent"),
        text(occurrence, "reportName"),
        occurrence.fact("dueOn") instanceof LocalDate due ? due : null,
        occurrence.kind() == MessageKind.TASK_ASSIGNED
            ? text(occurrence, occurrence.fact("dueDate") != null ? "dueDate" : "firstDueDate")
            : null,
        text(occurrence, "submittedOn"),
        occurrence.fact("lateDays") instanceof Integer late ? late : null);
  }

  /**
   * Overdue reports are new in the digest when the reminder is report-service's first one, sent
   * less than a day after the due time ({@code daysOverdue} 0); a later step, or a first sighting
   * days after the due time (a catch-up), is a report still overdue.
   */
  public static Section section(Occurrence occurrence) {
    if (occurrence.fact("directiveNumber") == null) {
      return Section.OTHER;
    }
    return switch (occurrence.kind()) {
      case REPORT_OVERDUE ->
          occurrence.fact("daysOverdue") instanceof Integer days && days < 1
              ? Section.NEWLY_OVERDUE
              : Section.STILL_OVERDUE;
      case REPORT_SUBMITTED -> Section.AWAITING_REVIEW;
      case REPORT_DUE_SOON -> Section.DUE_SOON;
      case TASK_ASSIGNED -> Section.NEW_TASKS;
      default -> Section.OTHER;
    };
  }

  private static String text(Occurrence occurrence, String fact) {
    Object value = occurrence.fact(fact);
    return value == null ? null : value.toString();
  }
}
