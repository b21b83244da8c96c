package vn.dienbien.report.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.Report;

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

  /** A submitted or accepted report counts as done, graded by when that report arrived. */
  public static Optional<ProgressStatus> of(Obligation o, Instant now, Duration dueSoonWindow) {
    Report report = o.currentReport();
    return switch (o.state()) {
      case CLOSED -> Optional.empty();
      case SUBMITTED, ACCEPTED -> Optional.of(report.late() ? DONE_LATE : DONE_ON_TIME);
      case OPEN, RETURNED ->
          Optional.of(
              !now.isBefore(o.dueAt())
                  ? OVERDUE
                  : !now.isBefore(o.dueAt().minus(dueSoonWindow)) ? DUE_SOON : ON_TRACK);
    };
  }
}
