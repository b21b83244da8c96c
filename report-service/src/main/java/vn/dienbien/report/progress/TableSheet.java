package vn.dienbien.report.progress;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one table onto a sheet the way the Standing Board prints it: title lines, a bold header
 * that stays in view and is repeated on every printed page, typed cells, set widths, A4 landscape
 * scaled to the page width.
 */
final class TableSheet {

  private final Sheet sheet;
  private final SheetStyles styles;

  TableSheet(Sheet sheet, SheetStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  /**
   * Title lines, then the header and one row per item; the first {@code emphasised} rows' names
   * bold.
   */
  <T> void write(List<String> titles, List<Column<T>> columns, List<T> items, int emphasised) {
    int r = 0;
    for (String title : titles) {
      Cell cell = sheet.createRow(r++).createCell(0);
      cell.setCellValue(title);
      cell.setCellStyle(styles.title);
    }
    int headerRow = r;
    Row header = sheet.createRow(r++);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(columns.get(c).header());
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(c, columns.get(c).width() * 256);
    }
    for (int i = 0; i < items.size(); i++) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < columns.size(); c++) {
        Column<T> column = columns.get(c);
        Cell cell = row.createCell(c);
        set(cell, column.value().apply(items.get(i)));
        cell.setCellStyle(i < emphasised && c == 0 ? styles.emphasis : styles.body(column.kind()));
      }
    }
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    printOnA4Landscape();
  }

  private void printOnA4Landscape() {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    sheet.setFitToPage(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
  }

  private static void set(Cell cell, Object value) {
    switch (value) {
      case null -> cell.setBlank();
      case Number number -> cell.setCellValue(number.doubleValue());
      case LocalDate date -> cell.setCellValue(date);
      default -> cell.setCellValue(value.toString());
    }
  }
}
