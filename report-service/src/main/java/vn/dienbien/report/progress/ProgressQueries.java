package vn.dienbien.report.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.dienbien.report.obligation.ObligationNotFound;
import vn.dienbien.report.obligation.readmodel.ObligationProjection;
import vn.dienbien.report.obligation.readmodel.ObligationRow;

/**
 * Progress as of now: for a directive (periods already started), or the summary of all obligations
 * due within a period, counted from the {@link ObligationProjection} (in memory: the monitoring
 * board asks for them on every page). Statuses that depend on the time are those of now.
 */
@Service
public class ProgressQueries {

  private static final Duration DUE_SOON = Duration.ofDays(7);

  private final ObligationProjection obligations;
  private final Clock clock;

  ProgressQueries(ObligationProjection obligations, Clock clock) {
    this.obligations = obligations;
    this.clock = clock;
  }

  /**
   * The progress of a directive's started reporting periods.
   *
   * @throws ObligationNotFound when no unit has an obligation of this directive at all
   */
  public Progress directive(String directiveId) {
    List<ObligationRow> all = obligations.ofDirective(directiveId);
    if (all.isEmpty()) {
      throw new ObligationNotFound("nghĩa vụ báo cáo của chỉ thị", directiveId);
    }
    LocalDate today = LocalDate.now(clock);
    var found =
        all.stream()
            .filter(o -> o.periodStart() != null && !o.periodStart().isAfter(today))
            .toList();
    String title =
        found.isEmpty()
            ? directiveId
            : "Tiến độ thực hiện Chỉ thị " + found.getFirst().directiveNumber();
    return progress(title, found);
  }

  public Progress summary(LocalDate from, LocalDate to) {
    var found = obligations.dueBetween(from, to);
    return progress(
        "Tổng hợp tình hình báo cáo từ " + Formats.date(from) + " đến " + Formats.date(to), found);
  }

  private Progress progress(String title, List<ObligationRow> obligations) {
    Instant now = clock.instant();
    List<ProgressRow> rows = rows(obligations, now);
    List<ProgressRow> overdue =
        rows.stream()
            .filter(r -> r.status() == ProgressStatus.OVERDUE)
            .sorted(Comparator.comparingLong(ProgressRow::daysOverdue).reversed())
            .toList();
    return new Progress(
        title,
        Tally.of(rows.stream().map(ProgressRow::status).toList()),
        tallyBy(rows, ProgressRow::taskCode),
        tallyBy(rows, ProgressRow::unitId),
        overdue,
        rows,
        LocalDate.ofInstant(now, clock.getZone()));
  }

  /** A row per obligation and status it is in at {@code now}, by due date, task and unit. */
  private List<ProgressRow> rows(List<ObligationRow> obligations, Instant now) {
    return obligations.stream()
        .flatMap(o ->
            ProgressStatus.of(o, now, DUE_SOON).stream()
                .map(s ->
                    ProgressRow.of(
                        o,
                        s,
                        s == ProgressStatus.OVERDUE ? Duration.between(o.dueAt(), now).toDays() : 0,
                        clock.getZone())))
        .sorted(
            Comparator.comparing(ProgressRow::dueDate)
                .thenComparing(ProgressRow::taskCode)
                .thenComparing(ProgressRow::unitId))
        .toList();
  }

  private static Map<String, Tally> tallyBy(
      List<ProgressRow> rows, java.util.function.Function<ProgressRow, String> key) {
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
