package vn.dienbien.report.obligation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.directive.TaskAssigned.DeadlineKind;

/**
 * What one unit owes on one assignment for one period. The id is {@code <assignmentId>:<period
 * key>}, so a redelivered assignment event finds the same obligation. {@code windowOpensOn} is the
 * first day a report for the period is accepted; {@code dueAt} is the due time (end of the due
 * date, Asia/Ho_Chi_Minh); {@code overdueStep} and {@code dueSoonLead} record the last reminders
 * emitted, so each is emitted once per due date. {@code revKey} ({@code <id>#<version>}, uniquely
 * indexed) is the guard of every transition: on the embedded store only a query whose keys are
 * exactly those of a unique index avoids a collection scan.
 */
@Document(Obligation.COLLECTION)
public record Obligation(
    @Id String id,
    Assignment assignment,
    String periodKey,
    String periodLabel,
    LocalDate periodStart,
    LocalDate cutOff,
    LocalDate windowOpensOn,
    LocalDate originalDueDate,
    LocalDate dueDate,
    Instant dueAt,
    boolean lastPeriod,
    ObligationState state,
    int extensions,
    int overdueStep,
    Integer dueSoonLead,
    List<Report> reports,
    Instant createdAt,
    int version,
    String revKey) {

  public static final String COLLECTION = "obligations";

  /** {@link #overdueStep} before any overdue reminder. */
  public static final int NO_STEP = -1;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A submission as decided: the obligation after it, the new revision and its events. */
  public record Submitted(Obligation obligation, Report report, List<DomainEvent> events) {}

  public static String idOf(String assignmentId, String periodKey) {
    return assignmentId + ":" + periodKey;
  }

  public static String revKeyOf(String id, int version) {
    return id + "#" + version;
  }

  public String unitId() {
    return assignment.unitId();
  }

  /**
   * The first day a report is accepted. Obligations stored before windows existed carry none; they
   * get the default rule (the 1st of the period's last month; a fixed-date task's start).
   */
  public LocalDate opensOn() {
    if (windowOpensOn != null) {
      return windowOpensOn;
    }
    return "FIXED".equals(periodKey) ? periodStart : cutOff.withDayOfMonth(1);
  }

  /** The latest revision, or null before the first submission. */
  public Report currentReport() {
    return reports == null || reports.isEmpty() ? null : reports.getLast();
  }

  public int revisions() {
    return reports == null ? 0 : reports.size();
  }

  /**
   * Refuses a report this obligation cannot take now: a state that takes none, a period whose
   * window has not opened, a status that contradicts the progress. Checked before any evidence is
   * stored.
   */
  public void checkSubmission(ReportContent content, Clock clock) {
    switch (state) {
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
    if (LocalDate.now(clock).isBefore(opensOn())) {
      // A fixed-date task's label is its deadline ("Hạn 31/03/2026"), not a period to name.
      String what = "FIXED".equals(periodKey) ? "Nhiệm vụ" : "Kỳ báo cáo " + periodLabel;
      throw new ObligationConflict(
          "reporting-window-not-open",
          "%s chưa đến thời gian nhận báo cáo: nhận báo cáo từ ngày %s, hạn nộp %s"
              .formatted(what, DAY.format(opensOn()), DAY.format(dueDate)));
    }
    content.requireConsistent();
  }

  /** A new revision of the report: the obligation then waits for the monitoring body's review. */
  public Submitted submit(
      ReportContent content, List<EvidenceFile> evidence, String actorId, Clock clock) {
    checkSubmission(content, clock);
    Instant now = clock.instant();
    boolean late = now.isAfter(dueAt);
    int daysLate = late ? (int) Duration.between(dueAt, now).toDays() : 0;
    int revision = revisions() + 1;
    Report report =
        new Report(
            Report.idOf(id, revision),
            revision,
            content,
            evidence,
            now,
            late,
            daysLate,
            Timeliness.grade(late, daysLate),
            actorId,
            null);
    List<Report> all = new ArrayList<>(reports == null ? List.of() : reports);
    all.add(report);
    Obligation next = with(ObligationState.SUBMITTED, List.copyOf(all));
    return new Submitted(
        next, report, List.of(ObligationEvents.submitted(next, report, clock.getZone())));
  }

  /**
   * Whether accepting {@code report} completes the assignment: a fixed-date task's one report; for
   * ongoing and yearly tasks only a COMPLETED report on the last period, filed in its window. A
   * COMPLETED report on an earlier period is an ordinary report: the unit's claim is on record, and
   * only the monitoring body may close the assignment early (directive-service).
   */
  public boolean completesAssignment(Report report, ZoneId zone) {
    if (report.submittedAt().isBefore(opensOn().atStartOfDay(zone).toInstant())) {
      return false;
    }
    return assignment.deadlineKind() == DeadlineKind.FIXED_DATE
        || (lastPeriod && report.content().status() == WorkStatus.COMPLETED);
  }

  private Obligation with(ObligationState newState, List<Report> newReports) {
    return new Obligation(
        id,
        assignment,
        periodKey,
        periodLabel,
        periodStart,
        cutOff,
        windowOpensOn,
        originalDueDate,
        dueDate,
        dueAt,
        lastPeriod,
        newState,
        extensions,
        overdueStep,
        dueSoonLead,
        newReports,
        createdAt,
        version,
        revKey);
  }
}
