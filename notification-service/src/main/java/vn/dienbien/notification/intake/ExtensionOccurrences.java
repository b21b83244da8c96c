package vn.dienbien.notification.intake;

import static vn.dienbien.notification.intake.Occurrences.day;
import static vn.dienbien.notification.intake.Occurrences.inHanoi;

import java.util.HashMap;
import java.util.Map;
import vn.dienbien.notification.intake.News.Extended;
import vn.dienbien.notification.intake.News.ExtensionDecision;
import vn.dienbien.notification.intake.News.ExtensionRequest;
import vn.dienbien.notification.intake.News.Source;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.notification.rule.Occurrence;

/**
 * Extension requests and decisions, per reporting period (report-service) or per fixed-date
 * assignment (directive-service), read into the same facts: what is extended in words ({@code
 * extended}: "gửi báo cáo quý I năm 2026 về" or "thực hiện", followed by the task; {@code
 * extendedShort} for an SMS: "báo cáo quý I năm 2026" or "thực hiện nhiệm vụ"), the dates as
 * officials write them, and the day of the request or decision in Asia/Ho_Chi_Minh.
 */
final class ExtensionOccurrences {

  private static final String TASK = "thực hiện";
  private static final String TASK_SHORT = "thực hiện nhiệm vụ";

  private ExtensionOccurrences() {}

  static Occurrence requested(Source source, ExtensionRequest e) {
    Map<String, Object> facts = facts(e.extended());
    facts.put("currentDueDate", day(e.currentDueDate()));
    facts.put("proposedDueDate", day(e.proposedDueDate()));
    facts.put("requestedOn", day(inHanoi(e.at())));
    if (e.reason() != null) {
      facts.put("reason", e.reason());
    }
    return source.occurrence(MessageKind.EXTENSION_REQUESTED, e.extended().unit(), facts);
  }

  static Occurrence decided(Source source, ExtensionDecision e) {
    Map<String, Object> facts = facts(e.extended());
    facts.put("approved", e.approved());
    facts.put("decision", e.approved() ? "APPROVED" : "REFUSED");
    facts.put("previousDueDate", day(e.previousDueDate()));
    facts.put("proposedDueDate", day(e.proposedDueDate()));
    facts.put("dueDate", day(e.dueDate()));
    facts.put("decidedOn", day(inHanoi(e.at())));
    if (e.note() != null && !e.note().isBlank()) {
      facts.put("note", e.note());
    }
    return source.occurrence(MessageKind.EXTENSION_DECIDED, e.extended().unit(), facts);
  }

  private static Map<String, Object> facts(Extended extended) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("extendedShort", extended.assignment() ? TASK_SHORT : shortPeriod(extended));
    facts.put("directiveNumber", extended.task().directiveNumber());
    facts.put("taskCode", extended.task().taskCode());
    facts.put("extended", extended.assignment() ? TASK : period(extended));
    return facts;
  }

  /** "gửi báo cáo quý I năm 2026 về" (nhiệm vụ …), the period in words. */
  private static String period(Extended extended) {
    return "gửi " + PeriodWords.report(extended.label()) + " về";
  }

  private static String shortPeriod(Extended extended) {
    return PeriodWords.shortReport(extended.label());
  }
}
