package vn.dienbien.notification.intake;

import java.time.LocalDate;
import java.util.Optional;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;

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

  /** The first period whose cut-off falls on or after {@code from} (and not after {@code to}). */
  static Optional<FirstReport> of(
      Cadence cadence, LocalDate from, LocalDate to, int cutOffDay, int dueDaysAfterCutOff) {
    int step = monthsPer(cadence);
    LocalDate month = from.withDayOfMonth(1).withMonth(1);
    for (; to == null || !month.isAfter(to); month = month.plusMonths(step)) {
      LocalDate lastMonth = month.plusMonths(step - 1);
      LocalDate cutOff = lastMonth.withDayOfMonth(Math.min(cutOffDay, lastMonth.lengthOfMonth()));
      if (to != null && cutOff.isAfter(to)) {
        return Optional.empty();
      }
      if (!cutOff.isBefore(from)) {
        return Optional.of(
            new FirstReport(words(cadence, lastMonth), cutOff.plusDays(dueDaysAfterCutOff)));
      }
    }
    return Optional.empty();
  }

  /** How often, in words: "hằng quý". */
  static String every(Cadence cadence) {
    return switch (cadence) {
      case MONTHLY -> "hằng tháng";
      case QUARTERLY -> "hằng quý";
      case HALF_YEARLY -> "6 tháng một lần";
      case YEARLY -> "hằng năm";
    };
  }

  private static int monthsPer(Cadence cadence) {
    return switch (cadence) {
      case MONTHLY -> 1;
      case QUARTERLY -> 3;
      case HALF_YEARLY -> 6;
      case YEARLY -> 12;
    };
  }

  private static String words(Cadence cadence, LocalDate lastMonth) {
    int year = lastMonth.getYear();
    int month = lastMonth.getMonthValue();
    return switch (cadence) {
      case MONTHLY -> "tháng " + month + " năm " + year;
      case QUARTERLY -> "quý " + ROMAN[(month - 1) / 3] + " năm " + year;
      case HALF_YEARLY -> (month <= 6 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case YEARLY -> "năm " + year;
    };
  }
}
