package vn.dienbien.report.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one unit owes on one assignment for one period. The id is {@code <assignmentId>:<period
 * key>}, so a redelivered assignment event finds the same obligation. {@code dueAt} is the due time
 * (end of the due date, Asia/Ho_Chi_Minh); {@code overdueStep} and {@code dueSoonLead} record the
 * last reminders emitted, so each is emitted once per due date. {@code revKey} ({@code
 * <id>#<version>}, uniquely indexed) is the guard of every transition: on the embedded store only a
 * query whose keys are exactly those of a unique index avoids a collection scan.
 */
@Document(Obligation.COLLECTION)
public record Obligation(
    @Id String id,
    Assignment assignment,
    String periodKey,
    String periodLabel,
    LocalDate periodStart,
    LocalDate cutOff,
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

  public static String idOf(String assignmentId, String periodKey) {
    return assignmentId + ":" + periodKey;
  }

  public static String revKeyOf(String id, int version) {
    return id + "#" + version;
  }

  public String unitId() {
    return assignment.unitId();
  }

  /** The latest revision, or null before the first submission. */
  public Report currentReport() {
    return reports == null || reports.isEmpty() ? null : reports.getLast();
  }

  public int revisions() {
    return reports == null ? 0 : reports.size();
  }

  /** An accepted report on this obligation completes the assignment. */
  public boolean completesAssignment(WorkStatus reported) {
    return switch (assignment.deadlineKind()) {
      case FIXED_DATE -> true;
      case ONGOING, ANNUAL -> lastPeriod && reported == WorkStatus.COMPLETED;
    };
  }
}
