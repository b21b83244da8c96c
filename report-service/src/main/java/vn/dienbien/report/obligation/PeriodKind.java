package vn.dienbien.report.obligation;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The kinds of reporting period, each with its own calendar settings (cut-off, due, window). A
 * cadence asks for some of them each year: "6 tháng, năm" (HALF_YEARLY) is the first half-year and
 * the whole year, not two half-years. Obligations stored before that kept a second half-year
 * ({@code <year>-H2}, "6 tháng cuối năm"); they are read as stored and no longer planned.
 */
public enum PeriodKind {
  MONTH(1),
  QUARTER(3),
  FIRST_HALF(6),
  YEAR(12);

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /** How many months of data the period's report covers, up to its cut-off. */
  final int months;

  PeriodKind(int months) {
    this.months = months;
  }

  /** One period of a year: the kind and the month of its cut-off. */
  record Slot(PeriodKind kind, int lastMonth) {}

  /** The periods {@code cadence} asks for in each year, in the order they close. */
  static List<Slot> slotsOf(Cadence cadence) {
    return switch (cadence) {
      case MONTHLY -> IntStream.rangeClosed(1, 12).mapToObj(m -> new Slot(MONTH, m)).toList();
      case QUARTERLY -> IntStream.of(3, 6, 9, 12).mapToObj(m -> new Slot(QUARTER, m)).toList();
      case HALF_YEARLY -> List.of(new Slot(FIRST_HALF, 6), new Slot(YEAR, 12));
      case YEARLY -> List.of(new Slot(YEAR, 12));
    };
  }

  /** The period's key, part of the obligation id: 2026-M03, 2026-Q1, 2026-H1, 2026-Y. */
  String key(int year, int lastMonth) {
    return switch (this) {
      case MONTH -> "%d-M%02d".formatted(year, lastMonth);
      case QUARTER -> "%d-Q%d".formatted(year, (lastMonth + 2) / 3);
      case FIRST_HALF -> year + "-H1";
      case YEAR -> year + "-Y";
    };
  }

  /** What people read: Tháng 3/2026, Quý I/2026, 6 tháng đầu năm 2026, Năm 2026. */
  String label(int year, int lastMonth) {
    return switch (this) {
      case MONTH -> "Tháng %d/%d".formatted(lastMonth, year);
      case QUARTER -> "Quý %s/%d".formatted(ROMAN[(lastMonth - 1) / 3], year);
      case FIRST_HALF -> "6 tháng đầu năm " + year;
      case YEAR -> "Năm " + year;
    };
  }
}
