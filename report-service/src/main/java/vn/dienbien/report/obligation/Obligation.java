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
 * exactly those of a unique index avoids a collection scan. {@code extensionRequests} are the
 * per-period extension requests, oldest first; only the last may be pending.
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
    String revKey,
    List<ExtensionRequest> extensionRequests) {

  public static final String COLLECTION = "obligations";

  /** {@link #overdueStep} before any overdue reminder. */
  public static final int NO_STEP = -1;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A submission as decided: the obligation after it, the new revision and its events. */
  public record Submitted(Obligation obligation, Report report, List<DomainEvent> events) {}

  /** A decided change: the obligation after it and the events it causes. */
  public record Changed(Obligation obligation, List<DomainEvent> events) {}

  public Obligation {
    extensionRequests = extensionRequests == null ? List.of() : List.copyOf(extensionRequests);
  }

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
    Obligation next =
        copy(
            periodLabel,
            dueDate,
            dueAt,
            extensions,
            overdueStep,
            dueSoonLead,
            ObligationState.SUBMITTED,
            List.copyOf(all),
            extensionRequests);
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

  /** The request waiting for the monitoring body's decision, or null. */
  public ExtensionRequest pendingExtension() {
    return extensionRequests.isEmpty() || !extensionRequests.getLast().pending()
        ? null
        : extensionRequests.getLast();
  }

  /** The unit asks for more time on this period ({@link ExtensionRules}). */
  public Changed requestExtension(
      String requestId, LocalDate proposed, String reason, String actorId, Clock clock) {
    return ExtensionRules.request(this, requestId, proposed, reason, actorId, clock);
  }

  /**
   * The monitoring body approves or refuses the pending request; an approval moves the due date,
   * the label of a fixed-date task and the reminders ({@link #movedTo}).
   */
  public Changed decideExtension(
      String requestId,
      boolean approve,
      String note,
      String decidingUnit,
      String actorId,
      Clock clock) {
    if (!assignment.monitoringUnitId().equals(decidingUnit)) {
      throw new ObligationForbidden(
          "Chỉ cơ quan theo dõi nhiệm vụ này được duyệt hoặc từ chối đề nghị gia hạn");
    }
    return ExtensionRules.decide(this, requestId, approve, note, actorId, clock);
  }

  /**
   * Due on {@code newDueDate}: the label of a fixed-date task names the new date, and the reminder
   * state starts over, so reminders are planned for the new date only. The original due date stays.
   */
  Obligation movedTo(LocalDate newDueDate, ZoneId zone) {
    String label =
        "FIXED".equals(periodKey)
            ? ReportingCalendar.fixed(periodStart, newDueDate).label()
            : periodLabel;
    return copy(
        label,
        newDueDate,
        ObligationPlanner.dueAt(newDueDate, zone),
        extensions + 1,
        NO_STEP,
        null,
        state,
        reports,
        extensionRequests);
  }

  Obligation withExtensionRequests(List<ExtensionRequest> requests) {
    return copy(
        periodLabel,
        dueDate,
        dueAt,
        extensions,
        overdueStep,
        dueSoonLead,
        state,
        reports,
        requests);
  }

  private Obligation copy(
      String label,
      LocalDate due,
      Instant at,
      int extended,
      int step,
      Integer lead,
      ObligationState newState,
      List<Report> newReports,
      List<ExtensionRequest> requests) {
    return new Obligation(
        id,
        assignment,
        periodKey,
        label,
        periodStart,
        cutOff,
        windowOpensOn,
        originalDueDate,
        due,
        at,
        lastPeriod,
        newState,
        extended,
        step,
        lead,
        newReports,
        createdAt,
        version,
        revKey,
        requests);
  }
}
