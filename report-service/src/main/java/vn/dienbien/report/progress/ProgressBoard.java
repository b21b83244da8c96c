package vn.dienbien.report.progress;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The monitoring body's board over one progress: the rows a filter keeps, most late first, and what
 * the board's charts and unit picker need, so a caller pages a few rows instead of carrying every
 * obligation of the period (about 2 000 rows, 2.3 MB of JSON for the seeded directives).
 *
 * @param total every counted obligation by status, whatever the filter
 * @param units every unit with a counted obligation, by Vietnamese name order
 * @param byDirective kept rows per directive number
 * @param topUnits the {@value #TOP_UNITS} units with the most kept rows
 * @param rows the kept rows: most days overdue first, then due date, unit name and id
 */
public record ProgressBoard(
    String title,
    LocalDate asOf,
    Tally total,
    List<UnitName> units,
    Map<String, Long> byDirective,
    List<UnitCount> topUnits,
    List<ProgressRow> rows) {

  static final int TOP_UNITS = 10;

  private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

  public record UnitName(String unitId, String unitName) {}

  public record UnitCount(String unitId, String unitName, long count) {}

  /**
   * The board of {@code progress} keeping rows of {@code status} (null: any) and {@code unitId}.
   */
  public static ProgressBoard of(Progress progress, ProgressStatus status, String unitId) {
    // One collation key per unit name, not a collator comparison per pair of rows: the same order.
    Map<String, CollationKey> names = new HashMap<>();
    List<ProgressRow> kept =
        progress.rows().stream()
            .filter(r -> status == null || r.status() == status)
            .filter(r -> unitId == null || unitId.equals(r.unitId()))
            .sorted(
                Comparator.comparingLong(ProgressRow::daysOverdue)
                    .reversed()
                    .thenComparing(ProgressRow::dueDate)
                    .thenComparing(
                        r -> names.computeIfAbsent(r.unitName(), VIETNAMESE::getCollationKey))
                    .thenComparing(ProgressRow::obligationId))
            .toList();
    return new ProgressBoard(
        progress.title(),
        progress.asOf(),
        progress.total(),
        units(progress.rows()),
        kept.stream()
            .collect(
                Collectors.groupingBy(
                    ProgressRow::directiveNumber, TreeMap::new, Collectors.counting())),
        topUnits(kept),
        kept);
  }

  private static List<UnitName> units(List<ProgressRow> rows) {
    return rows.stream()
        .collect(
            Collectors.toMap(ProgressRow::unitId, ProgressRow::unitName, (a, b) -> a, TreeMap::new))
        .entrySet()
        .stream()
        .map(e -> new UnitName(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(UnitName::unitName, VIETNAMESE))
        .toList();
  }

  private static List<UnitCount> topUnits(List<ProgressRow> kept) {
    Map<String, Long> counts =
        kept.stream().collect(Collectors.groupingBy(ProgressRow::unitId, Collectors.counting()));
    Map<String, String> names =
        kept.stream()
            .collect(
                Collectors.toMap(
                    ProgressRow::unitId, ProgressRow::unitName, (a, b) -> a, TreeMap::new));
    return counts.entrySet().stream()
        .map(e -> new UnitCount(e.getKey(), names.get(e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparingLong(UnitCount::count)
                .reversed()
                .thenComparing(UnitCount::unitName, VIETNAMESE))
        .limit(TOP_UNITS)
        .toList();
  }
}
