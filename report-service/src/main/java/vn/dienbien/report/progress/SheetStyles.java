package vn.dienbien.report.progress;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of an export workbook. Number formats carry the Vietnamese locale ({@code
 * [$-42A]}), so a spreadsheet program that honours it shows a decimal comma and a dot between
 * thousands whatever the reader's own settings; the cells stay numbers either way.
 */
final class SheetStyles {

  static final String COUNT_FORMAT = "[$-42A]#,##0";
  static final String PERCENT_FORMAT = "[$-42A]0.0%";
  static final String DATE_FORMAT = "dd/mm/yyyy";

  final CellStyle title;
  final CellStyle header;
  final CellStyle emphasis;
  private final Map<Column.Kind, CellStyle> body = new EnumMap<>(Column.Kind.class);

  SheetStyles(Workbook book) {
    title = book.createCellStyle();
    var titleFont = book.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 14);
    title.setFont(titleFont);
    var bold = book.createFont();
    bold.setBold(true);
    header = bordered(book);
    header.setFont(bold);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    emphasis = bordered(book);
    emphasis.setFont(bold);
    var format = book.createDataFormat();
    for (Column.Kind kind : Column.Kind.values()) {
      CellStyle style = bordered(book);
      switch (kind) {
        case WRAPPED -> style.setWrapText(true);
        case COUNT -> style.setDataFormat(format.getFormat(COUNT_FORMAT));
        case PERCENT -> style.setDataFormat(format.getFormat(PERCENT_FORMAT));
        case DATE -> style.setDataFormat(format.getFormat(DATE_FORMAT));
        case TEXT -> {}
      }
      body.put(kind, style);
    }
  }

  CellStyle body(Column.Kind kind) {
    return body.get(kind);
  }

  private static CellStyle bordered(Workbook book) {
    CellStyle style = book.createCellStyle();
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }
}
