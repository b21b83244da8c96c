package vn.dienbien.report.progress;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** Cell values as a Vietnamese reader writes them: 1.234 people, 85,7%, 31/03/2026. */
final class VietnameseNumbers {

  private static final DecimalFormatSymbols VI =
      DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));

  private VietnameseNumbers() {}

  static String text(Column.Kind kind, Object value) {
    return switch (value) {
      case null -> "";
      case LocalDate date -> Formats.date(date);
      case Number n when kind == Column.Kind.PERCENT -> percent(n.doubleValue());
      case Number n -> new DecimalFormat("#,##0", VI).format(n);
      default -> value.toString();
    };
  }

  /** A share between 0 and 1 as a percentage with at most one decimal: 0.857 is "85,7%". */
  static String percent(double share) {
    return new DecimalFormat("0.#", VI).format(share * 100) + "%";
  }
}
