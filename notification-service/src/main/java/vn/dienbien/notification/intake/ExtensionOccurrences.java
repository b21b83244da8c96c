package vn.dienbien.notification.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import vn.dienbien.contracts.directive.AssignmentExtensionDecided;
import vn.dienbien.contracts.directive.AssignmentExtensionRequested;
import vn.dienbien.contracts.report.ExtensionDecided;
import vn.dienbien.contracts.report.ExtensionRequested;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.notification.rule.Occurrence;
import vn.dienbien.platform.inbox.InboundEvent;
import vn.dienbien.platform.time.ClockConfiguration;

/**
 * Extension requests and decisions, per reporting period (report-service) or per fixed-date
 * assignment (directive-service), read into the same facts: what is extended in words ({@code
 * extended}: "gửi báo cáo quý I năm 2026 về" or "thực hiện", followed by the task; {@code
 * extendedShort} for an SMS: "báo cáo quý I năm 2026" or "thực hiện nhiệm vụ"), the dates as
 * officials write them, and the day of the request or decision in Asia/Ho_Chi_Minh.
 */
final class ExtensionOccurrences {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String TASK = "thực hiện";
  private static final String TASK_SHORT = "thực hiện nhiệm vụ";

  private ExtensionOccurrences() {}

  static Occurrence requested(InboundEvent<ExtensionRequested> event) {
    ExtensionRequested e = event.data();
    Map<String, Object> facts =
        facts(
            e.directiveNumber(),
            e.taskCode(),
            period(e.periodLabel()),
            PeriodWords.shortReport(e.periodLabel()));
    requestFacts(facts, e.currentDueDate(), e.proposedDueDate(), e.reason(), e.requestedAt());
    return occurrence(
        event, MessageKind.EXTENSION_REQUESTED, e.unitId(), e.unitName(), e.obligationId(), facts);
  }

  static Occurrence assignmentRequested(InboundEvent<AssignmentExtensionRequested> event) {
    AssignmentExtensionRequested e = event.data();
    Map<String, Object> facts = facts(e.directiveNumber(), e.taskCode(), TASK, TASK_SHORT);
    requestFacts(facts, e.currentDueDate(), e.proposedDueDate(), e.reason(), e.requestedAt());
    return occurrence(
        event, MessageKind.EXTENSION_REQUESTED, e.unitId(), e.unitName(), null, facts);
  }

  static Occurrence decided(InboundEvent<ExtensionDecided> event) {
    ExtensionDecided e = event.data();
    Map<String, Object> facts =
        facts(
            e.directiveNumber(),
            e.taskCode(),
            period(e.periodLabel()),
            PeriodWords.shortReport(e.periodLabel()));
    decisionFacts(
        facts,
        e.decision() == ExtensionDecided.Decision.APPROVED,
        e.previousDueDate(),
        e.proposedDueDate(),
        e.dueDate(),
        e.note(),
        e.decidedAt());
    return occurrence(
        event, MessageKind.EXTENSION_DECIDED, e.unitId(), e.unitName(), e.obligationId(), facts);
  }

  static Occurrence assignmentDecided(InboundEvent<AssignmentExtensionDecided> event) {
    AssignmentExtensionDecided e = event.data();
    Map<String, Object> facts = facts(e.directiveNumber(), e.taskCode(), TASK, TASK_SHORT);
    decisionFacts(
        facts,
        e.decision() == AssignmentExtensionDecided.Decision.APPROVED,
        e.previousDueDate(),
        e.proposedDueDate(),
        e.dueDate(),
        e.note(),
        e.decidedAt());
    return occurrence(event, MessageKind.EXTENSION_DECIDED, e.unitId(), e.unitName(), null, facts);
  }

  /** "gửi báo cáo quý I năm 2026 về" (nhiệm vụ …), the period in words. */
  private static String period(String label) {
    return "gửi " + PeriodWords.report(label) + " về";
  }

  private static void requestFacts(
      Map<String, Object> facts,
      LocalDate current,
      LocalDate proposed,
      String reason,
      OffsetDateTime at) {
    facts.put("currentDueDate", day(current));
    facts.put("proposedDueDate", day(proposed));
    facts.put("requestedOn", day(inHanoi(at)));
    if (reason != null) {
      facts.put("reason", reason);
    }
  }

  private static void decisionFacts(
      Map<String, Object> facts,
      boolean approved,
      LocalDate previous,
      LocalDate proposed,
      LocalDate due,
      String note,
      OffsetDateTime at) {
    facts.put("approved", approved);
    facts.put("decision", approved ? "APPROVED" : "REFUSED");
    facts.put("previousDueDate", day(previous));
    facts.put("proposedDueDate", day(proposed));
    facts.put("dueDate", day(due));
    facts.put("decidedOn", day(inHanoi(at)));
    if (note != null && !note.isBlank()) {
      facts.put("note", note);
    }
  }

  private static Map<String, Object> facts(
      String directiveNumber, String taskCode, String what, String shortWhat) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("extendedShort", shortWhat);
    facts.put("directiveNumber", directiveNumber);
    facts.put("taskCode", taskCode);
    facts.put("extended", what);
    return facts;
  }

  private static Occurrence occurrence(
      InboundEvent<?> event,
      MessageKind kind,
      String unitId,
      String unitName,
      String obligationId,
      Map<String, Object> facts) {
    return new Occurrence(
        event.id(), event.type(), kind, event.time(), unitId, unitName, obligationId, facts);
  }

  private static LocalDate inHanoi(OffsetDateTime at) {
    return at.atZoneSameInstant(ClockConfiguration.ZONE).toLocalDate();
  }

  private static String day(LocalDate date) {
    return date.format(DAY);
  }
}
