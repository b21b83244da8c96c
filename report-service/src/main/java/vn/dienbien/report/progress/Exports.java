package vn.dienbien.report.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Progress as a spreadsheet (.xlsx: detail and summary sheets) or CSV (UTF-8 with BOM, for Excel).
 */
public final class Exports {

  static final List<String> HEADERS =
      List.of(
          "Chỉ thị",
          "Nhiệm vụ",
          "Mã đơn vị",
          "Đơn vị",
          "Kỳ báo cáo",
          "Hạn nộp",
          "Trạng thái",
          "Số ngày quá hạn",
          "Ngày nộp",
          "Tiến độ (%)",
          "Khó khăn, vướng mắc",
          "Kiến nghị");
  static final List<String> SUMMARY_HEADERS =
      List.of(
          "Đơn vị",
          "Tổng số",
          "Trong hạn",
          "Sắp đến hạn",
          "Quá hạn",
          "Đã nộp đúng hạn",
          "Đã nộp trễ hạn",
          "Tỷ lệ đúng hạn (%)");

  private Exports() {}

  public static byte[] csv(Progress progress) {
    StringBuilder out = new StringBuilder("\uFEFF");
    Stream.concat(Stream.of(HEADERS), progress.rows().stream().map(Exports::cells))
        .forEach(cells ->
            out.append(cells.stream().map(Exports::quote).collect(Collectors.joining(",")))
                .append("\r\n"));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx(Progress progress) {
    try (var book = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      Sheet detail = book.createSheet("Chi tiết");
      write(detail, 0, List.of(progress.title()));
      write(detail, 1, HEADERS);
      for (int i = 0; i < progress.rows().size(); i++) {
        write(detail, i + 2, cells(progress.rows().get(i)));
      }
      Sheet summary = book.createSheet("Tổng hợp");
      write(summary, 0, SUMMARY_HEADERS);
      int row = 1;
      write(summary, row++, tally("Toàn bộ", progress.total()));
      for (Map.Entry<String, Tally> unit : progress.byUnit().entrySet()) {
        write(summary, row++, tally(unit.getKey(), unit.getValue()));
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> cells(ProgressRow r) {
    return List.of(
        r.directiveNumber(),
        r.taskCode(),
        r.unitId(),
        r.unitName(),
        r.periodLabel(),
        Formats.date(r.dueDate()),
        r.statusLabel(),
        r.status() == ProgressStatus.OVERDUE ? String.valueOf(r.daysOverdue()) : "",
        Formats.date(r.submittedOn()),
        r.progressPercent() == null ? "" : String.valueOf(r.progressPercent()),
        r.difficulties() == null ? "" : r.difficulties(),
        r.proposals() == null ? "" : r.proposals());
  }

  private static List<String> tally(String name, Tally t) {
    var c = t.counts();
    return List.of(
        name,
        String.valueOf(t.total()),
        String.valueOf(c.get(ProgressStatus.ON_TRACK)),
        String.valueOf(c.get(ProgressStatus.DUE_SOON)),
        String.valueOf(c.get(ProgressStatus.OVERDUE)),
        String.valueOf(c.get(ProgressStatus.DONE_ON_TIME)),
        String.valueOf(c.get(ProgressStatus.DONE_LATE)),
        t.onTimeRate() == null ? "" : String.valueOf(t.onTimeRate()));
  }

  private static void write(Sheet sheet, int index, List<String> cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.size(); i++) {
      row.createCell(i).setCellValue(cells.get(i));
    }
  }

  private static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
