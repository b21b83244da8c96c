package vn.dienbien.modelregistry.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Table} as .xlsx (Apache POI) or as CSV in UTF-8 with a BOM, so Excel shows
 * Vietnamese.
 */
public final class TableExport {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TableExport() {}

  public static byte[] csv(Table table) {
    StringBuilder out = new StringBuilder();
    out.append(line(table.headers().stream().map(Object.class::cast).toList()));
    table.rows().forEach(row -> out.append(line(row)));
    byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  public static byte[] xlsx(Table table) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(table.title());
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int c = 0; c < table.headers().size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(table.headers().get(c));
        cell.setCellStyle(bold);
      }
      for (int r = 0; r < table.rows().size(); r++) {
        write(sheet.createRow(r + 1), table.rows().get(r));
      }
      sheet.createFreezePane(0, 1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<Object> values) {
    for (int c = 0; c < values.size(); c++) {
      Object value = values.get(c);
      Cell cell = row.createCell(c);
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue(value == null ? "" : value.toString());
      }
    }
  }

  private static String line(List<Object> cells) {
    return cells.stream().map(TableExport::quote).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String quote(Object value) {
    String text = value == null ? "" : value.toString();
    // A leading = + - @ would be run as a formula by Excel (CSV injection): neutralise it.
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
