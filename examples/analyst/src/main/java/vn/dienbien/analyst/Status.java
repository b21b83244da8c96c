package vn.dienbien.analyst;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where an obligation stands for the monitoring body, decided as report-service's progress does: a
 * submitted or accepted report is done, on time unless it arrived after the due time; a report
 * still owed (open or returned) is overdue from the due time on, due soon in the 7 days before it;
 * a closed obligation is not counted.
 */
public enum Status {
  ON_TRACK,
  DUE_SOON,
  OVERDUE,
  DONE_ON_TIME,
  DONE_LATE;

  static final Duration DUE_SOON_WINDOW = Duration.ofDays(7);

  public static Optional<Status> of(ObligationView o, Instant now) {
    return switch (o.state()) {
      case "CLOSED" -> Optional.empty();
      case "SUBMITTED", "ACCEPTED" ->
          Optional.of(Boolean.TRUE.equals(o.latestReportLate()) ? DONE_LATE : DONE_ON_TIME);
      default ->
          Optional.of(
              !now.isBefore(o.dueAt())
                  ? OVERDUE
                  : !now.isBefore(o.dueAt().minus(DUE_SOON_WINDOW)) ? DUE_SOON : ON_TRACK);
    };
  }
}
