package vn.dienbien.report.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dienbien.contracts.DomainEvent;

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

  /** A submission as decided: the obligation after it, the new revision and its events. */
  public record Submitted(Obligation obligation, Report report, List<DomainEvent> events) {}

  /** A review as decided: the obligation after it, the reviewed revision and its events. */
  public record Reviewed(
      Obligation obligation, Report report, boolean finalReport, List<DomainEvent> events) {}

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
    return fixedPeriod() ? periodStart : cutOff.withDayOfMonth(1);
  }

  /** The latest revision, or null before the first submission. */
  public Report currentReport() {
    return reports == null || reports.isEmpty() ? null : reports.getLast();
  }

  public int revisions() {
    return reports == null ? 0 : reports.size();
  }

  /** The one period of a fixed-date task (its label is its deadline). */
  public boolean fixedPeriod() {
    return "FIXED".equals(periodKey);
  }

  /**
   * Refuses a report this obligation cannot take now ({@link SubmissionRules}): a state that takes
   * none, a period whose window has not opened, a status that contradicts the progress. Checked
   * before any evidence is stored.
   */
  public void checkSubmission(ReportContent content, Clock clock) {
    SubmissionRules.check(this, content, clock);
  }

  /** A new revision of the report: the obligation then waits for the monitoring body's review. */
  public Submitted submit(
      ReportContent content, List<EvidenceFile> evidence, String actorId, Clock clock) {
    return SubmissionRules.submit(this, content, evidence, actorId, clock);
  }

  /**
   * The monitoring body accepts or returns the latest revision {@code reportId} ({@link
   * ReviewRules}).
   */
  public Reviewed review(
      String reportId, Review.Reviewer reviewer, Review.Verdict verdict, Clock clock) {
    return ReviewRules.review(this, reportId, reviewer, verdict, clock);
  }

  /**
   * Whether accepting {@code report} completes the assignment: a fixed-date task's one report; for
   * ongoing and yearly tasks only a COMPLETED report on the last period, filed in its window. A
   * COMPLETED report on an earlier period is an ordinary report: the unit's claim is on record, and
   * only the monitoring body may close the assignment early (directive-service).
   */
  public boolean completesAssignment(Report report, ZoneId zone) {
    return SubmissionRules.completesAssignment(this, report, zone);
  }

  /** The assignment closed: nothing more is owed, if a report still was; otherwise no change. */
  public Optional<Changed> close() {
    return state.awaitingReport()
        ? Optional.of(new Changed(withReports(ObligationState.CLOSED, reports), List.of()))
        : Optional.empty();
  }

  /** The {@code step}-th overdue reminder, {@code daysOverdue} days after the due date. */
  public Changed markOverdue(int step, int daysOverdue) {
    ObligationCopy next = new ObligationCopy(this);
    next.overdueStep = step;
    Obligation reminded = next.build();
    return new Changed(reminded, List.of(ObligationEvents.overdue(reminded, daysOverdue, step)));
  }

  /** The reminder {@code lead} days before the due date. */
  public Changed markDueSoon(int lead) {
    ObligationCopy next = new ObligationCopy(this);
    next.dueSoonLead = lead;
    Obligation reminded = next.build();
    return new Changed(reminded, List.of(ObligationEvents.dueSoon(reminded, lead)));
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
   * the label of a fixed-date task and the reminders.
   */
  public Changed decideExtension(
      String requestId,
      boolean approve,
      String note,
      String decidingUnit,
      String actorId,
      Clock clock) {
    return ExtensionRules.decide(this, requestId, approve, note, decidingUnit, actorId, clock);
  }

  Obligation withReports(ObligationState newState, List<Report> newReports) {
    ObligationCopy next = new ObligationCopy(this);
    next.state = newState;
    next.reports = newReports;
    return next.build();
  }

  /** This obligation as stored at {@code storedVersion}, with the guard that version carries. */
  Obligation atVersion(int storedVersion) {
    ObligationCopy next = new ObligationCopy(this);
    next.version = storedVersion;
    next.revKey = revKeyOf(id, storedVersion);
    return next.build();
  }

  Obligation withExtensionRequests(List<ExtensionRequest> requests) {
    ObligationCopy next = new ObligationCopy(this);
    next.extensionRequests = requests;
    return next.build();
  }
}
