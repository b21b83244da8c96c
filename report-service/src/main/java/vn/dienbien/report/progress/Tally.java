package vn.dienbien.report.progress;

import java.util.EnumMap;
import java.util.Map;

/** Counts by status and the on-time rate: reports on time over reports that are owed by now. */
public record Tally(Map<ProgressStatus, Integer> counts, int total, Double onTimeRate) {

  static Tally of(Iterable<ProgressStatus> statuses) {
    Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    for (ProgressStatus s : ProgressStatus.values()) {
      counts.put(s, 0);
    }
    int total = 0;
    for (ProgressStatus s : statuses) {
      counts.merge(s, 1, Integer::sum);
      total++;
    }
    int owed =
        counts.get(ProgressStatus.DONE_ON_TIME)
            + counts.get(ProgressStatus.DONE_LATE)
            + counts.get(ProgressStatus.OVERDUE);
    Double rate =
        owed == 0
            ? null
            : Math.round(1000.0 * counts.get(ProgressStatus.DONE_ON_TIME) / owed) / 10.0;
    return new Tally(counts, total, rate);
  }
}
