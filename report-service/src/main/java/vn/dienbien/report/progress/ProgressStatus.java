package vn.dienbien.report.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.dienbien.report.obligation.readmodel.ObligationRow;

/** Where an obligation stands for the monitoring body; closed obligations are not counted. */
public enum ProgressStatus {
  ON_TRACK("Trong hạn"),
  DUE_SOON("Sắp đến hạn"),
  OVERDUE("Quá hạn"),
  DONE_ON_TIME("Đã nộp đúng hạn"),
  DONE_LATE("Đã nộp trễ hạn");

  private final String label;

  ProgressStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A submitted or accepted report counts as done, graded by when the latest report arrived. */
  public static Optional<ProgressStatus> of(ObligationRow o, Instant now, Duration dueSoonWindow) {
    return switch (o.state()) {
      case CLOSED -> Optional.empty();
      case SUBMITTED, ACCEPTED -> Optional.of(o.late() ? DONE_LATE : DONE_ON_TIME);
      case OPEN, RETURNED ->
          Optional.of(
              !now.isBefore(o.dueAt())
                  ? OVERDUE
                  : !now.isBefore(o.dueAt().minus(dueSoonWindow)) ? DUE_SOON : ON_TRACK);
    };
  }

  /**
   * The first instant after {@code now} at which {@link #of} or the days overdue of {@code o} would
   * answer differently; empty when they no longer depend on the time (a report is in, or closed).
   */
  public static Optional<Instant> nextChange(ObligationRow o, Instant now, Duration dueSoonWindow) {
    if (!o.state().awaitingReport()) {
      return Optional.empty();
    }
    Instant dueSoon = o.dueAt().minus(dueSoonWindow);
    if (now.isBefore(dueSoon)) {
      return Optional.of(dueSoon);
    }
    if (now.isBefore(o.dueAt())) {
      return Optional.of(o.dueAt());
    }
    long daysOverdue = Duration.between(o.dueAt(), now).toDays();
    return Optional.of(o.dueAt().plus(Duration.ofDays(daysOverdue + 1)));
  }
}
