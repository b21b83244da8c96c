package vn.dienbien.notification.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.modelregistry.CommendationAwarded;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.notification.rule.Occurrence;
import vn.dienbien.platform.inbox.InboundEvent;
import vn.dienbien.platform.time.ClockConfiguration;

/** Reads the facts officials need out of each kind of event; dates as officials write them. */
final class Occurrences {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Occurrences() {}

  static Occurrence assigned(InboundEvent<TaskAssigned> event, TaskDeadlines deadlines) {
    TaskAssigned e = event.data();
    Map<String, Object> facts = facts(e.directiveNumber(), e.taskCode());
    put(facts, "directiveId", e.directiveId());
    put(facts, "directiveTitle", e.directiveTitle());
    put(facts, "taskContent", e.taskContent());
    put(facts, "expectedOutput", e.expectedOutput());
    put(facts, "role", e.role() == TaskAssigned.Role.LEAD ? "chủ trì" : "phối hợp");
    put(facts, "deadlineKind", e.deadlineKind() == null ? null : e.deadlineKind().name());
    deadlines.describe(e, facts);
    return occurrence(event, MessageKind.TASK_ASSIGNED, e.unitId(), e.unitName(), null, facts);
  }

  static Occurrence dueSoon(InboundEvent<ReportDueSoon> event) {
    ReportDueSoon e = event.data();
    Map<String, Object> facts = facts(e.directiveNumber(), e.taskCode());
    put(facts, "directiveId", e.directiveId());
    put(facts, "taskContent", e.taskContent());
    reportingPeriod(facts, e.periodLabel(), e.dueDate());
    facts.put("daysBefore", e.daysBefore());
    return occurrence(
        event, MessageKind.REPORT_DUE_SOON, e.unitId(), e.unitName(), e.obligationId(), facts);
  }

  static Occurrence overdue(InboundEvent<ReportOverdue> event) {
    ReportOverdue e = event.data();
    Map<String, Object> facts = facts(e.directiveNumber(), e.taskCode());
    put(facts, "directiveId", e.directiveId());
    put(facts, "taskContent", e.taskContent());
    reportingPeriod(facts, e.periodLabel(), e.dueDate());
    facts.put("daysOverdue", e.daysOverdue());
    facts.put("escalationStep", e.escalationStep());
    // Steps are days past due: a reminder sent later than its step's day is a catch-up (first
    // start, a sweep after downtime), not news of the day.
    facts.put("daysPastStep", Math.max(0, e.daysOverdue() - e.escalationStep()));
    return occurrence(
        event, MessageKind.REPORT_OVERDUE, e.unitId(), e.unitName(), e.obligationId(), facts);
  }

  /**
   * A report in and awaiting review: the day it was submitted (Asia/Ho_Chi_Minh) and, if late, by
   * how many days past its due date.
   */
  static Occurrence submitted(InboundEvent<ReportSubmitted> event) {
    ReportSubmitted e = event.data();
    Map<String, Object> facts = facts(e.directiveNumber(), e.taskCode());
    put(facts, "directiveId", e.directiveId());
    reportingPeriod(facts, e.periodLabel(), e.dueDate());
    put(
        facts,
        "submittedOn",
        day(e.submittedAt().atZoneSameInstant(ClockConfiguration.ZONE).toLocalDate()));
    facts.put("lateDays", e.late() ? e.daysLate() : 0);
    facts.put("progressPercent", e.progressPercent());
    return occurrence(
        event, MessageKind.REPORT_SUBMITTED, e.unitId(), e.unitName(), e.obligationId(), facts);
  }

  static Occurrence returned(InboundEvent<ReportReviewed> event) {
    ReportReviewed e = event.data();
    Map<String, Object> facts = facts(e.directiveNumber(), e.taskCode());
    reportingPeriod(facts, e.periodLabel(), null);
    put(facts, "comment", e.comment());
    return occurrence(
        event, MessageKind.REPORT_RETURNED, e.unitId(), e.unitName(), e.obligationId(), facts);
  }

  /**
   * An accepted report: the period in words, the day it was accepted (Asia/Ho_Chi_Minh, whatever
   * the offset the event carries) and the reviewer's note.
   */
  static Occurrence accepted(InboundEvent<ReportReviewed> event) {
    ReportReviewed e = event.data();
    Map<String, Object> facts = facts(e.directiveNumber(), e.taskCode());
    reportingPeriod(facts, e.periodLabel(), null);
    put(facts, "comment", e.comment());
    put(
        facts,
        "reviewedOn",
        day(e.reviewedAt().atZoneSameInstant(ClockConfiguration.ZONE).toLocalDate()));
    facts.put("finalReport", e.finalReport());
    return occurrence(
        event, MessageKind.REPORT_ACCEPTED, e.unitId(), e.unitName(), e.obligationId(), facts);
  }

  static Occurrence revoked(InboundEvent<RecognitionRevoked> event) {
    RecognitionRevoked e = event.data();
    Map<String, Object> facts = new HashMap<>();
    put(facts, "modelName", e.name());
    put(facts, "level", e.level() == RecognitionRevoked.Level.PROVINCE ? "cấp tỉnh" : "cấp xã");
    facts.put("year", e.year());
    put(facts, "reason", e.reason());
    put(
        facts,
        "revokedOn",
        day(e.revokedAt().atZoneSameInstant(ClockConfiguration.ZONE).toLocalDate()));
    return occurrence(
        event, MessageKind.RECOGNITION_REVOKED, e.unitId(), e.unitName(), null, facts);
  }

  static Occurrence recognised(InboundEvent<ModelRecognised> event) {
    ModelRecognised e = event.data();
    Map<String, Object> facts = new HashMap<>();
    put(facts, "modelName", e.name());
    put(facts, "modelKind", e.kind() == ModelRecognised.Kind.EXEMPLAR ? "điển hình" : "mô hình");
    put(facts, "level", e.level() == ModelRecognised.Level.PROVINCE ? "cấp tỉnh" : "cấp xã");
    facts.put("year", e.year());
    put(facts, "field", e.field());
    put(facts, "decisionNumber", e.decisionNumber());
    put(facts, "decisionDate", day(e.decisionDate()));
    return occurrence(event, MessageKind.MODEL_RECOGNISED, e.unitId(), e.unitName(), null, facts);
  }

  static Occurrence commended(InboundEvent<CommendationAwarded> event) {
    CommendationAwarded e = event.data();
    Map<String, Object> facts = new HashMap<>();
    put(facts, "modelName", e.name());
    put(facts, "level", e.level() == CommendationAwarded.Level.PROVINCE ? "cấp tỉnh" : "cấp xã");
    put(facts, "decisionNumber", e.decisionNumber());
    put(facts, "decisionDate", day(e.decisionDate()));
    return occurrence(
        event, MessageKind.COMMENDATION_AWARDED, e.unitId(), e.unitName(), null, facts);
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

  private static Map<String, Object> facts(String directiveNumber, String taskCode) {
    Map<String, Object> facts = new HashMap<>();
    put(facts, "directiveNumber", directiveNumber);
    put(facts, "taskCode", taskCode);
    return facts;
  }

  /**
   * The period as the label says it and in words ({@code reportName}, and {@code reportShortName}
   * for an SMS, where the task is named beside it); the due date as written ({@code dueDate}) and
   * as a date ({@code dueOn}), from which days left or late are counted when the message is
   * written.
   */
  private static void reportingPeriod(Map<String, Object> facts, String label, LocalDate due) {
    put(facts, "periodLabel", label);
    facts.put("reportName", PeriodWords.report(label));
    facts.put("reportShortName", PeriodWords.shortReport(label));
    put(facts, "dueDate", day(due));
    put(facts, "dueOn", due);
  }

  private static void put(Map<String, Object> facts, String name, Object value) {
    if (value != null) {
      facts.put(name, value);
    }
  }

  private static String day(LocalDate date) {
    return date == null ? null : date.format(DAY);
  }
}
