package vn.dienbien.notification.contact;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), as spreadsheets export it; ',' or ';' separated. */
final class CsvTable {

  private CsvTable() {}

  static List<List<String>> parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char separator = separatorOf(body);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
          i++;
        }
        endRow(rows, row, cell);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    endRow(rows, row, cell);
    return rows;
  }

  private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
    row.add(cell.toString());
    cell.setLength(0);
    // A blank line keeps its place (row numbers in the report match the file) but has no cells.
    rows.add(row.size() == 1 && row.getFirst().isBlank() ? List.of() : row);
  }

  private static char separatorOf(String body) {
    int end = body.indexOf('\n');
    String header = end < 0 ? body : body.substring(0, end);
    return header.chars().filter(c -> c == ';').count()
            > header.chars().filter(c -> c == ',').count()
        ? ';'
        : ',';
  }
}
