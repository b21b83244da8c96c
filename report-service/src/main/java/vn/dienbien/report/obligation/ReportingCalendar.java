package vn.dienbien.report.obligation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;

/**
 * Cuts a directive's period into reporting periods of a cadence. A period closes on the cut-off day
 * of its last month (Decree 09/2019: the 14th), so its data window runs from the day after the
 * previous cut-off; the report is due a fixed number of days after the cut-off. Its reporting
 * window opens on a fixed day of its last month (never after the cut-off): a yearly report is
 * written in December, not months ahead, and cannot be filed for a year that has not come.
 */
public final class ReportingCalendar {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final int cutOffDay;
  private final int dueDaysAfterCutOff;
  private final int windowOpensDay;

  public ReportingCalendar(int cutOffDay, int dueDaysAfterCutOff, int windowOpensDay) {
    this.cutOffDay = cutOffDay;
    this.dueDaysAfterCutOff = dueDaysAfterCutOff;
    this.windowOpensDay = windowOpensDay;
  }

  /** Periods of {@code cadence} whose cut-off falls within {@code from}..{@code to}. */
  public List<ReportingPeriod> periods(Cadence cadence, LocalDate from, LocalDate to) {
    int step = monthsPer(cadence);
    List<ReportingPeriod> periods = new ArrayList<>();
    LocalDate month = from.withDayOfMonth(1).withMonth(1);
    for (; !month.isAfter(to); month = month.plusMonths(step)) {
      LocalDate lastMonth = month.plusMonths(step - 1);
      LocalDate cutOff = lastMonth.withDayOfMonth(Math.min(cutOffDay, lastMonth.lengthOfMonth()));
      if (cutOff.isBefore(from) || cutOff.isAfter(to)) {
        continue;
      }
      LocalDate start = cutOff.minusMonths(step).plusDays(1);
      periods.add(
          new ReportingPeriod(
              key(cadence, lastMonth),
              label(cadence, lastMonth),
              start,
              cutOff,
              cutOff.withDayOfMonth(Math.min(windowOpensDay, cutOff.getDayOfMonth())),
              cutOff.plusDays(dueDaysAfterCutOff)));
    }
    return periods;
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

  private static int monthsPer(Cadence cadence) {
    return switch (cadence) {
      case MONTHLY -> 1;
      case QUARTERLY -> 3;
      case HALF_YEARLY -> 6;
      case YEARLY -> 12;
    };
  }

  private static String key(Cadence cadence, LocalDate lastMonth) {
    int year = lastMonth.getYear();
    int month = lastMonth.getMonthValue();
    return switch (cadence) {
      case MONTHLY -> "%d-M%02d".formatted(year, month);
      case QUARTERLY -> "%d-Q%d".formatted(year, (month + 2) / 3);
      case HALF_YEARLY -> "%d-H%d".formatted(year, (month + 5) / 6);
      case YEARLY -> "%d-Y".formatted(year);
    };
  }

  private static String label(Cadence cadence, LocalDate lastMonth) {
    int year = lastMonth.getYear();
    int month = lastMonth.getMonthValue();
    return switch (cadence) {
      case MONTHLY -> "Tháng %d/%d".formatted(month, year);
      case QUARTERLY -> "Quý %s/%d".formatted(ROMAN[(month - 1) / 3], year);
      case HALF_YEARLY -> (month <= 6 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case YEARLY -> "Năm " + year;
    };
  }
}
