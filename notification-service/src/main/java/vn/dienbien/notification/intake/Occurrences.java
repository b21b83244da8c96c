package vn.dienbien.notification.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import vn.dienbien.notification.intake.News.Commended;
import vn.dienbien.notification.intake.News.DueSoon;
import vn.dienbien.notification.intake.News.NewTask;
import vn.dienbien.notification.intake.News.Overdue;
import vn.dienbien.notification.intake.News.Period;
import vn.dienbien.notification.intake.News.Recognised;
import vn.dienbien.notification.intake.News.Reviewed;
import vn.dienbien.notification.intake.News.Revoked;
import vn.dienbien.notification.intake.News.Source;
import vn.dienbien.notification.intake.News.Submitted;
import vn.dienbien.notification.intake.News.Task;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.notification.rule.Occurrence;
import vn.dienbien.platform.time.ClockConfiguration;

/** Reads the facts officials need out of each kind of news; dates as officials write them. */
final class Occurrences {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Occurrences() {}

  static Occurrence assigned(Source source, NewTask e, TaskDeadlines deadlines) {
    Map<String, Object> facts = facts(e.task());
    put(facts, "directiveId", e.task().directiveId());
    put(facts, "directiveTitle", e.directiveTitle());
    put(facts, "taskContent", e.taskContent());
    put(facts, "expectedOutput", e.expectedOutput());
    put(facts, "role", e.lead() ? "chủ trì" : "phối hợp");
    put(facts, "deadlineKind", e.deadline().kind() == null ? null : e.deadline().kind().name());
    deadlines.describe(e.deadline(), facts);
    return source.occurrence(MessageKind.TASK_ASSIGNED, e.unit(), facts);
  }

  static Occurrence dueSoon(Source source, DueSoon e) {
    Map<String, Object> facts = taskPeriod(e.period());
    facts.put("daysBefore", e.daysBefore());
    return source.occurrence(MessageKind.REPORT_DUE_SOON, e.period().unit(), facts);
  }

  static Occurrence overdue(Source source, Overdue e) {
    Map<String, Object> facts = taskPeriod(e.period());
    facts.put("daysOverdue", e.daysOverdue());
    facts.put("escalationStep", e.escalationStep());
    // Steps are days past due: a reminder sent later than its step's day is a catch-up (first
    // start, a sweep after downtime), not news of the day.
    facts.put("daysPastStep", Math.max(0, e.daysOverdue() - e.escalationStep()));
    return source.occurrence(MessageKind.REPORT_OVERDUE, e.period().unit(), facts);
  }

  /**
   * A report in and awaiting review: the day it was submitted (Asia/Ho_Chi_Minh) and, if late, by
   * how many days past its due date.
   */
  static Occurrence submitted(Source source, Submitted e) {
    Period period = e.period();
    Map<String, Object> facts = facts(period.task());
    put(facts, "directiveId", period.task().directiveId());
    reportingPeriod(facts, period.label(), period.dueDate());
    put(facts, "submittedOn", day(inHanoi(e.submittedAt())));
    facts.put("lateDays", e.late() ? e.daysLate() : 0);
    facts.put("progressPercent", e.progressPercent());
    return source.occurrence(MessageKind.REPORT_SUBMITTED, period.unit(), facts);
  }

  static Occurrence returned(Source source, Reviewed e) {
    return source.occurrence(MessageKind.REPORT_RETURNED, e.period().unit(), reviewed(e));
  }

  /**
   * An accepted report: the period in words, the day it was accepted (Asia/Ho_Chi_Minh, whatever
   * the offset the event carries) and the reviewer's note.
   */
  static Occurrence accepted(Source source, Reviewed e) {
    Map<String, Object> facts = reviewed(e);
    put(facts, "reviewedOn", day(inHanoi(e.at())));
    facts.put("finalReport", e.finalReport());
    return source.occurrence(MessageKind.REPORT_ACCEPTED, e.period().unit(), facts);
  }

  static Occurrence revoked(Source source, Revoked e) {
    Map<String, Object> facts = new HashMap<>();
    put(facts, "modelName", e.name());
    put(facts, "level", level(e.province()));
    facts.put("year", e.year());
    put(facts, "reason", e.reason());
    put(facts, "revokedOn", day(inHanoi(e.at())));
    return source.occurrence(MessageKind.RECOGNITION_REVOKED, e.unit(), facts);
  }

  static Occurrence recognised(Source source, Recognised e) {
    Map<String, Object> facts = new HashMap<>();
    put(facts, "modelName", e.name());
    put(facts, "modelKind", e.exemplar() ? "điển hình" : "mô hình");
    put(facts, "level", level(e.province()));
    facts.put("year", e.year());
    put(facts, "field", e.field());
    put(facts, "decisionNumber", e.decisionNumber());
    put(facts, "decisionDate", day(e.decisionDate()));
    return source.occurrence(MessageKind.MODEL_RECOGNISED, e.unit(), facts);
  }

  static Occurrence commended(Source source, Commended e) {
    Map<String, Object> facts = new HashMap<>();
    put(facts, "modelName", e.name());
    put(facts, "level", level(e.province()));
    put(facts, "decisionNumber", e.decisionNumber());
    put(facts, "decisionDate", day(e.decisionDate()));
    return source.occurrence(MessageKind.COMMENDATION_AWARDED, e.unit(), facts);
  }

  /** A reminder's facts: the task, what it is to do and the period with its due date. */
  private static Map<String, Object> taskPeriod(Period period) {
    Map<String, Object> facts = facts(period.task());
    put(facts, "directiveId", period.task().directiveId());
    put(facts, "taskContent", period.taskContent());
    reportingPeriod(facts, period.label(), period.dueDate());
    return facts;
  }

  private static Map<String, Object> reviewed(Reviewed e) {
    Map<String, Object> facts = facts(e.period().task());
    reportingPeriod(facts, e.period().label(), null);
    put(facts, "comment", e.comment());
    return facts;
  }

  private static Map<String, Object> facts(Task task) {
    Map<String, Object> facts = new HashMap<>();
    put(facts, "directiveNumber", task.directiveNumber());
    put(facts, "taskCode", task.taskCode());
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

  private static String level(boolean province) {
    return province ? "cấp tỉnh" : "cấp xã";
  }

  private static void put(Map<String, Object> facts, String name, Object value) {
    if (value != null) {
      facts.put(name, value);
    }
  }

  /** The day of {@code at} in Asia/Ho_Chi_Minh, whatever the offset the event carries. */
  static LocalDate inHanoi(OffsetDateTime at) {
    return at.atZoneSameInstant(ClockConfiguration.ZONE).toLocalDate();
  }

  /** A date as officials write it (dd/MM/yyyy); null stays null. */
  static String day(LocalDate date) {
    return date == null ? null : date.format(DAY);
  }
}
