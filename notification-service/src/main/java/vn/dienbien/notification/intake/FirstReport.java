package vn.dienbien.notification.intake;

import java.time.LocalDate;
import java.util.Optional;
import vn.dienbien.notification.intake.News.Cadence;

/**
 * The first periodic report an ongoing task owes, on the reporting calendar (Decree 09/2019: a
 * period closes on the cut-off day of its last month, the report is due some days later). The same
 * rule report-service plans obligations by; its parameters are configured alike on both ({@code
 * notification.reporting-calendar}, {@code report.calendar}).
 *
 * @param period the period in words, e.g. "quý IV năm 2026"
 */
record FirstReport(String period, LocalDate dueDate) {

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /**
   * The first period whose cut-off falls on or after {@code from} (and not after {@code to}). "6
   * tháng, năm" (HALF_YEARLY) owes a first-half report and a whole-year report each year, as
   * report-service plans them.
   */
  static Optional<FirstReport> of(
      Cadence cadence, LocalDate from, LocalDate to, int cutOffDay, int dueDaysAfterCutOff) {
    for (int year = from.getYear(); to == null || year <= to.getYear(); year++) {
      for (int lastMonth : lastMonths(cadence)) {
        LocalDate month = LocalDate.of(year, lastMonth, 1);
        LocalDate cutOff = month.withDayOfMonth(Math.min(cutOffDay, month.lengthOfMonth()));
        if (to != null && cutOff.isAfter(to)) {
          return Optional.empty();
        }
        if (!cutOff.isBefore(from)) {
          return Optional.of(
              new FirstReport(
                  words(cadence, year, lastMonth), cutOff.plusDays(dueDaysAfterCutOff)));
        }
      }
    }
    return Optional.empty();
  }

  /** How often, in words: "hằng quý"; HALF_YEARLY is "6 tháng, năm" (a half-year and a year). */
  static String every(Cadence cadence) {
    return switch (cadence) {
      case MONTHLY -> "hằng tháng";
      case QUARTERLY -> "hằng quý";
      case HALF_YEARLY -> "6 tháng, năm";
      case YEARLY -> "hằng năm";
    };
  }

  private static int[] lastMonths(Cadence cadence) {
    return switch (cadence) {
      case MONTHLY -> new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
      case QUARTERLY -> new int[] {3, 6, 9, 12};
      case HALF_YEARLY -> new int[] {6, 12};
      case YEARLY -> new int[] {12};
    };
  }

  private static String words(Cadence cadence, int year, int month) {
    return switch (cadence) {
      case MONTHLY -> "tháng " + month + " năm " + year;
      case QUARTERLY -> "quý " + ROMAN[(month - 1) / 3] + " năm " + year;
      case HALF_YEARLY -> (month <= 6 ? "6 tháng đầu năm " : "năm ") + year;
      case YEARLY -> "năm " + year;
    };
  }
}
