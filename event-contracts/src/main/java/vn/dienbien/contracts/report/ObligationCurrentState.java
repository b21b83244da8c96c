package vn.dienbien.contracts.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * The current state of one reporting obligation (what one unit owes on one assignment for one
 * period), published on the compacted topic {@code obligation-state} with the obligation id as the
 * record key after every change: the latest record of a key is the obligation as stored. No names
 * of people, units or documents: codes and ids only.
 *
 * <p>Wire contract: vn.dienbien.report.obligation-state.v1, schema
 * schemas/report/obligation-state.v1.json.
 *
 * @param dueAt the instant the report becomes late (end of {@code dueDate}, Asia/Ho_Chi_Minh)
 * @param latestReport the latest revision of the report, null before the first submission
 * @param version the obligation's revision; grows by one with every change
 */
public record ObligationCurrentState(
    String obligationId,
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String taskId,
    String taskCode,
    String unitId,
    String periodKey,
    String periodLabel,
    LocalDate periodStart,
    LocalDate windowOpensOn,
    LocalDate originalDueDate,
    LocalDate dueDate,
    OffsetDateTime dueAt,
    boolean lastPeriod,
    State state,
    int extensions,
    int revisions,
    LatestReport latestReport,
    long version)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.report.obligation-state.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return obligationId;
  }

  /** Where the obligation stands in its report's life. */
  public enum State {
    OPEN,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    CLOSED
  }

  /**
   * The latest revision of the report: when it arrived, whether after {@code dueAt} and by how many
   * whole days, its timeliness band, the progress it claims and its review, if any.
   */
  public record LatestReport(
      int revision,
      OffsetDateTime submittedAt,
      boolean late,
      int daysLate,
      Timeliness timeliness,
      int progressPercent,
      WorkStatus workStatus,
      ReviewOutcome reviewOutcome,
      OffsetDateTime reviewedAt) {}

  public enum Timeliness {
    ON_TIME,
    LATE,
    VERY_LATE,
    SEVERELY_LATE
  }

  public enum WorkStatus {
    COMPLETED,
    IN_PROGRESS,
    NOT_STARTED
  }

  public enum ReviewOutcome {
    ACCEPTED,
    RETURNED
  }
}
