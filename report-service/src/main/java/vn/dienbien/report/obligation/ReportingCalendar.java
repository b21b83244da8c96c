package vn.dienbien.report.obligation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Cuts a directive's period into reporting periods of a cadence. A period closes on the cut-off day
 * of its last month (Decree 09/2019: the 14th), so its data window runs from the day after the
 * previous cut-off; the report is due a fixed number of days after the cut-off. Its reporting
 * window opens on a fixed day of its last month (never after the cut-off): a yearly report is
 * written in December, not months ahead, and cannot be filed for a year that has not come. Each
 * kind of period may have its own settings ({@link Rule}).
 */
public final class ReportingCalendar {

  /**
   * Shown after a milestone whose date the directive does not give and the province has not set.
   */
  public static final String PROVINCE_DEFAULT_NOTE =
      "(mốc do Tỉnh ủy quyết định; tạm lấy mặc định)";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The settings of one kind of period. */
  public record Rule(int cutOffDay, int dueDaysAfterCutOff, int windowOpensDay) {}

  private final Function<PeriodKind, Rule> rules;

  /** The same settings for every kind of period. */
  public ReportingCalendar(int cutOffDay, int dueDaysAfterCutOff, int windowOpensDay) {
    this(kind -> new Rule(cutOffDay, dueDaysAfterCutOff, windowOpensDay));
  }

  public ReportingCalendar(Function<PeriodKind, Rule> rules) {
    this.rules = rules;
  }

  /** Periods of {@code cadence} whose cut-off falls within {@code from}..{@code to}. */
  public List<ReportingPeriod> periods(Cadence cadence, LocalDate from, LocalDate to) {
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      for (PeriodKind.Slot slot : PeriodKind.slotsOf(cadence)) {
        ReportingPeriod period = period(slot.kind(), year, slot.lastMonth());
        if (!period.cutOff().isBefore(from) && !period.cutOff().isAfter(to)) {
          periods.add(period);
        }
      }
    }
    periods.sort(Comparator.comparing(ReportingPeriod::cutOff));
    return periods;
  }

  private ReportingPeriod period(PeriodKind kind, int year, int lastMonth) {
    Rule rule = rules.apply(kind);
    LocalDate month = LocalDate.of(year, lastMonth, 1);
    LocalDate cutOff = month.withDayOfMonth(Math.min(rule.cutOffDay(), month.lengthOfMonth()));
    return new ReportingPeriod(
        kind.key(year, lastMonth),
        kind.label(year, lastMonth),
        cutOff.minusMonths(kind.months).plusDays(1),
        cutOff,
        cutOff.withDayOfMonth(Math.min(rule.windowOpensDay(), cutOff.getDayOfMonth())),
        cutOff.plusDays(rule.dueDaysAfterCutOff()));
  }

  /**
   * The single period of a fixed-date task: the report is due on the task's own date and accepted
   * from the task's start, since the work may be done at any time before its date.
   */
  public static ReportingPeriod fixed(LocalDate start, LocalDate dueDate) {
    LocalDate opens = start.isAfter(dueDate) ? dueDate : start;
    return new ReportingPeriod(
        "FIXED", "Hạn " + DAY.format(dueDate), start, dueDate, opens, dueDate);
  }

  /**
   * A milestone's period ({@code MS-<key>}): due on its date, accepted from its window (none given:
   * from the task's start, like a fixed-date task). A date the province has yet to set says so.
   */
  public static ReportingPeriod milestone(Milestone milestone, LocalDate taskStart) {
    LocalDate due = milestone.dueDate();
    LocalDate opens = milestone.windowOpensOn() != null ? milestone.windowOpensOn() : taskStart;
    String label =
        milestone.dateSource() == DateSource.PROVINCE_DEFAULT
            ? milestone.label() + " " + PROVINCE_DEFAULT_NOTE
            : milestone.label();
    return new ReportingPeriod(
        "MS-" + milestone.key(),
        label,
        taskStart.isAfter(due) ? due : taskStart,
        due,
        opens.isAfter(due) ? due : opens,
        due);
  }
}
