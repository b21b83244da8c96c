package vn.dienbien.analyst;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts by status and the on-time rate: reports on time over reports owed by now (done on time,
 * done late, overdue), in percent rounded to one decimal; null when nothing is owed yet.
 */
public record Tally(Map<Status, Integer> counts, int total, Double onTimeRate) {

  public static Tally of(Iterable<Status> statuses) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    int total = 0;
    for (Status s : statuses) {
      counts.merge(s, 1, Integer::sum);
      total++;
    }
    return new Tally(counts, total, rate(counts));
  }

  /** Reports owed by now: done (on time or late) or overdue. */
  public int owed() {
    return counts.get(Status.DONE_ON_TIME)
        + counts.get(Status.DONE_LATE)
        + counts.get(Status.OVERDUE);
  }

  private static Double rate(Map<Status, Integer> counts) {
    int owed =
        counts.get(Status.DONE_ON_TIME) + counts.get(Status.DONE_LATE) + counts.get(Status.OVERDUE);
    return owed == 0 ? null : Math.round(1000.0 * counts.get(Status.DONE_ON_TIME) / owed) / 10.0;
  }
}
