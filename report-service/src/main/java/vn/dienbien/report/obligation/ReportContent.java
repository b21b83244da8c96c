package vn.dienbien.report.obligation;

import java.util.List;

/** What a unit reports: progress, status, results and products, difficulties, proposals. */
public record ReportContent(
    int progressPercent, WorkStatus status, String results, String difficulties, String proposals) {

  /** Refuses a status that contradicts the progress ({@link WorkStatus#RULE}). */
  void requireConsistent() {
    List<WorkStatus> allowed = WorkStatus.allowedFor(progressPercent);
    if (allowed.contains(status)) {
      return;
    }
    throw new InvalidReport(
        "status",
        "Trạng thái %s (%s) không khớp với tiến độ %d%%; với tiến độ này chọn %s"
            .formatted(
                status.label(),
                status.name(),
                progressPercent,
                String.join(
                    " hoặc ",
                    allowed.stream().map(s -> s.label() + " (" + s.name() + ")").toList())),
        WorkStatus.RULE,
        allowed.stream().map(WorkStatus::name).toList());
  }
}
