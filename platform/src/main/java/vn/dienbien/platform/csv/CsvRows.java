package vn.dienbien.platform.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes, CRLF) as spreadsheets export it,
 * ',' or ';' separated (';' when the first line has more of them), a leading byte-order mark
 * dropped. Lenient on purpose: an unclosed quote runs to the end of the text instead of failing, so
 * an import can still give every row its verdict. The one CSV reader of every service.
 */
public final class CsvRows {

  private CsvRows() {}

  /** Every row, a blank line as an empty row (so row numbers match the file's lines). */
  public static List<List<String>> parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new Reader(body, separatorOf(body)).rows();
  }

  /** The rows that have cells: blank lines dropped. */
  public static List<List<String>> nonBlank(String text) {
    return parse(text).stream().filter(row -> !row.isEmpty()).toList();
  }

  private static char separatorOf(String body) {
    int end = body.indexOf('\n');
    String header = end < 0 ? body : body.substring(0, end);
    return header.chars().filter(c -> c == ';').count()
            > header.chars().filter(c -> c == ',').count()
        ? ';'
        : ',';
  }

  /** One pass over the text; each step returns the index of the last character it consumed. */
  private static final class Reader {

    private final String body;
    private final char separator;
    private final List<List<String>> rows = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private List<String> row = new ArrayList<>();
    private boolean quoted;

    Reader(String body, char separator) {
      this.body = body;
      this.separator = separator;
    }

    List<List<String>> rows() {
      for (int i = 0; i < body.length(); i++) {
        i = quoted ? inQuotes(i) : unquoted(i);
      }
      endRow();
      return rows;
    }

    private int inQuotes(int i) {
      char c = body.charAt(i);
      if (c == '"' && next(i) == '"') {
        cell.append('"');
        return i + 1;
      }
      if (c == '"') {
        quoted = false;
      } else {
        cell.append(c);
      }
      return i;
    }

    private int unquoted(int i) {
      char c = body.charAt(i);
      if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        endCell();
      } else if (c == '\n' || c == '\r') {
        endRow();
        return c == '\r' && next(i) == '\n' ? i + 1 : i;
      } else {
        cell.append(c);
      }
      return i;
    }

    private char next(int i) {
      return i + 1 < body.length() ? body.charAt(i + 1) : '\0';
    }

    private void endCell() {
      row.add(cell.toString());
      cell.setLength(0);
    }

    private void endRow() {
      endCell();
      // A blank line keeps its place (row numbers in the report match the file) but has no cells.
      rows.add(row.size() == 1 && row.getFirst().isBlank() ? List.of() : row);
      row = new ArrayList<>();
    }
  }
}
