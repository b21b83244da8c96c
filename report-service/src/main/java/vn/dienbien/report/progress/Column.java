package vn.dienbien.report.progress;

import java.util.function.Function;

/**
 * One column of an export: its header, its kind (how the cell is typed and formatted) and its width
 * in characters.
 */
record Column<T>(String header, Kind kind, int width, Function<T, Object> value) {

  enum Kind {
    /** Short text on one line. */
    TEXT,
    /** Long text (content, results), wrapped. */
    WRAPPED,
    /** A whole number, grouped the Vietnamese way (1.234). */
    COUNT,
    /** A share between 0 and 1, shown as a percentage with a decimal comma (85,7%). */
    PERCENT,
    /** A day, shown dd/MM/yyyy. */
    DATE
  }

  static <T> Column<T> of(String header, Kind kind, int width, Function<T, Object> value) {
    return new Column<>(header, kind, width, value);
  }
}
