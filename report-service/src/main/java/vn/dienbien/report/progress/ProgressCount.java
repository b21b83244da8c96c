package vn.dienbien.report.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dienbien.report.obligation.readmodel.ObligationRow;

/**
 * The progress of a set of obligations at an instant, and until when it stays so: a pure function
 * of the rows, the instant and the zone, which is what lets {@link ProgressQueries} share it.
 */
final class ProgressCount {

  static final Duration DUE_SOON = Duration.ofDays(7);

  private ProgressCount() {}

  /**
   * The progress of {@code obligations} at {@code now}, valid until a status or the day changes.
   */
  static Memo.Computed<Progress> of(
      String title, List<ObligationRow> obligations, Instant now, ZoneId zone) {
    List<ProgressRow> rows = rows(obligations, now, zone);
    List<ProgressRow> overdue =
        rows.stream()
            .filter(r -> r.status() == ProgressStatus.OVERDUE)
            .sorted(Comparator.comparingLong(ProgressRow::daysOverdue).reversed())
            .toList();
    Progress progress =
        new Progress(
            title,
            Tally.of(rows.stream().map(ProgressRow::status).toList()),
            tallyBy(rows, ProgressRow::taskCode),
            tallyBy(rows, ProgressRow::unitId),
            overdue,
            rows,
            LocalDate.ofInstant(now, zone));
    return new Memo.Computed<>(progress, now, validUntil(obligations, now, zone));
  }

  /**
   * The first instant after {@code now} at which counting {@code obligations} again would give
   * another answer: the next midnight (the day shown, the periods started) or the first status or
   * number of days overdue to move, whichever comes first.
   */
  static Instant validUntil(List<ObligationRow> obligations, Instant now, ZoneId zone) {
    Instant until = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    for (ObligationRow o : obligations) {
      Instant next = ProgressStatus.nextChange(o, now, DUE_SOON).orElse(until);
      if (next.isBefore(until)) {
        until = next;
      }
    }
    return until;
  }

  /** A row per obligation and status it is in at {@code now}, by due date, task and unit. */
  private static List<ProgressRow> rows(List<ObligationRow> obligations, Instant now, ZoneId zone) {
    return obligations.stream()
        .flatMap(o ->
            ProgressStatus.of(o, now, DUE_SOON).stream()
                .map(s ->
                    ProgressRow.of(
                        o,
                        s,
                        s == ProgressStatus.OVERDUE ? Duration.between(o.dueAt(), now).toDays() : 0,
                        zone)))
        .sorted(
            Comparator.comparing(ProgressRow::dueDate)
                .thenComparing(ProgressRow::taskCode)
                .thenComparing(ProgressRow::unitId))
        .toList();
  }

  private static Map<String, Tally> tallyBy(
      List<ProgressRow> rows, Function<ProgressRow, String> key) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                key,
                TreeMap::new,
                Collectors.collectingAndThen(
                    Collectors.toList(),
                    list -> Tally.of(list.stream().map(ProgressRow::status).toList()))));
  }
}
