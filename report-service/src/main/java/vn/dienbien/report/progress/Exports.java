package vn.dienbien.report.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Progress as a spreadsheet for the Standing Board (.xlsx: a detail sheet and a summary by unit,
 * each titled with the directive and the as-of date) or as CSV (UTF-8 with a BOM, for Excel; plain
 * numbers and dd/MM/yyyy dates, for programs).
 */
public final class Exports {

  private Exports() {}

  public static byte[] csv(Progress progress) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(line(ProgressColumns.DETAIL.stream().map(Column::header).toList()));
    for (ProgressRow row : progress.rows()) {
      out.append(
          line(ProgressColumns.DETAIL.stream().map(c -> text(c.value().apply(row))).toList()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx(Progress progress) {
    try (var book = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var styles = new SheetStyles(book);
      new TableSheet(book.createSheet("Chi tiết"), styles)
          .write(titles(progress), ProgressColumns.DETAIL, progress.rows(), 0);
      new TableSheet(book.createSheet("Tổng hợp theo đơn vị"), styles)
          .write(
              titles(progress), ProgressColumns.SUMMARY, ProgressColumns.summaryRows(progress), 1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The title, the directives' own titles, and the day the figures are as of. */
  static List<String> titles(Progress progress) {
    List<String> titles = new ArrayList<>();
    titles.add(progress.title());
    progress.rows().stream()
        .filter(r -> r.directiveTitle() != null)
        .map(r -> r.directiveNumber() + ": " + r.directiveTitle())
        .distinct()
        .forEach(titles::add);
    titles.add("Số liệu tính đến ngày " + Formats.date(progress.asOf()));
    return titles;
  }

  private static String text(Object value) {
    return switch (value) {
      case null -> "";
      case LocalDate date -> Formats.date(date);
      case Double share -> percent(share);
      default -> value.toString();
    };
  }

  /** A share as percent, one decimal at most, a dot for programs: 0.6 is "60", 0.857 "85.7". */
  private static String percent(double share) {
    double percent = Math.round(share * 1000) / 10.0;
    return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
  }

  private static String line(List<String> cells) {
    return cells.stream().map(Exports::quote).collect(Collectors.joining(",")) + "\r\n";
  }

  /**
   * Quoted; a leading = + - @ would run as a formula in Excel (CSV injection), so it is escaped.
   */
  private static String quote(String cell) {
    String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
