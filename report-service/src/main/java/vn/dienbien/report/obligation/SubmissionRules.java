package vn.dienbien.report.obligation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a submission ({@link Obligation#submit}): only an open or returned obligation takes
 * a report, only once its window has opened, only with a status that matches the progress; the
 * report is late after the due time, graded by how late.
 */
final class SubmissionRules {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private SubmissionRules() {}

  static void check(Obligation o, ReportContent content, Clock clock) {
    switch (o.state()) {
      case OPEN, RETURNED -> {}
      case SUBMITTED ->
          throw new ObligationConflict(
              "report-pending-review", "Báo cáo kỳ này đang chờ thẩm định");
      case ACCEPTED ->
          throw new ObligationConflict("report-accepted", "Báo cáo kỳ này đã được chấp nhận");
      case CLOSED ->
          throw new ObligationConflict(
              "obligation-closed", "Nhiệm vụ đã kết thúc, không nhận báo cáo");
    }
    if (LocalDate.now(clock).isBefore(o.opensOn())) {
      // A fixed-date task's label is its deadline ("Hạn 31/03/2026"), not a period to name.
      String what = o.fixedPeriod() ? "Nhiệm vụ" : "Kỳ báo cáo " + o.periodLabel();
      throw new ObligationConflict(
          "reporting-window-not-open",
          "%s chưa đến thời gian nhận báo cáo: nhận báo cáo từ ngày %s, hạn nộp %s"
              .formatted(what, DAY.format(o.opensOn()), DAY.format(o.dueDate())));
    }
    content.requireConsistent();
  }

  static Obligation.Submitted submit(
      Obligation o,
      ReportContent content,
      List<EvidenceFile> evidence,
      String actorId,
      Clock clock) {
    check(o, content, clock);
    Report report = report(o, content, evidence, actorId, clock.instant());
    List<Report> all = new ArrayList<>(o.reports() == null ? List.of() : o.reports());
    all.add(report);
    Obligation next = o.withReports(ObligationState.SUBMITTED, List.copyOf(all));
    return new Obligation.Submitted(
        next, report, List.of(ObligationEvents.submitted(next, report, clock.getZone())));
  }

  private static Report report(
      Obligation o, ReportContent content, List<EvidenceFile> evidence, String by, Instant now) {
    boolean late = now.isAfter(o.dueAt());
    int daysLate = late ? (int) Duration.between(o.dueAt(), now).toDays() : 0;
    int revision = o.revisions() + 1;
    return new Report(
        Report.idOf(o.id(), revision),
        revision,
        content,
        evidence,
        now,
        late,
        daysLate,
        Timeliness.grade(late, daysLate),
        by,
        null);
  }

  /** See {@link Obligation#completesAssignment}. */
  static boolean completesAssignment(Obligation o, Report report, ZoneId zone) {
    if (report.submittedAt().isBefore(o.opensOn().atStartOfDay(zone).toInstant())) {
      return false;
    }
    return o.assignment().fixedDate()
        || (o.lastPeriod() && report.content().status() == WorkStatus.COMPLETED);
  }
}
