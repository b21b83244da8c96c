package vn.dienbien.report.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word document laid out as a Party document (Hướng dẫn 36-HD/VPTW): A4, Times New Roman, the
 * issuing body on the left and "ĐẢNG CỘNG SẢN VIỆT NAM" on the right of the header, the number
 * under the issuer and the place and date under the Party's name, a centred title, the body, the
 * signature on the right and "Nơi nhận" on the left.
 */
final class PartyDocument implements AutoCloseable {

  private static final String FONT = "Times New Roman";
  private final XWPFDocument doc = new XWPFDocument();

  PartyDocument() {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906)); // A4 in twentieths of a point
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1134)); // 20 mm
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setLeft(BigInteger.valueOf(1701)); // 30 mm
    margins.setRight(BigInteger.valueOf(851)); // 15 mm
  }

  /** The two-column header: issuer, "*" and number on the left; the Party, place and date right. */
  void header(String parentBody, String issuingBody, String number, String placeAndDate) {
    XWPFTable table = doc.createTable(1, 2);
    table.removeBorders();
    table.setWidth("100%");
    XWPFTableCell left = table.getRow(0).getCell(0);
    line(left.getParagraphs().getFirst(), parentBody, 13, Style.PLAIN);
    line(left.addParagraph(), issuingBody, 13, Style.BOLD);
    line(left.addParagraph(), "*", 13, Style.PLAIN);
    line(left.addParagraph(), number, 13, Style.PLAIN);
    XWPFTableCell right = table.getRow(0).getCell(1);
    line(right.getParagraphs().getFirst(), "ĐẢNG CỘNG SẢN VIỆT NAM", 14, Style.BOLD_UNDERLINED);
    line(right.addParagraph(), placeAndDate, 14, Style.ITALIC);
  }

  void title(String kind, String subject) {
    line(doc.createParagraph(), kind, 15, Style.BOLD).setSpacingBefore(240);
    line(doc.createParagraph(), subject, 14, Style.BOLD);
    line(doc.createParagraph(), "-----", 14, Style.PLAIN);
  }

  void heading(String text) {
    body(text, Style.BOLD);
  }

  void paragraph(String text) {
    body(text, Style.PLAIN);
  }

  /** A bordered table: a bold header row, then the rows as given. */
  void table(List<String> headers, List<List<String>> rows) {
    XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
    table.setWidth("100%");
    for (int c = 0; c < headers.size(); c++) {
      cell(table.getRow(0).getCell(c), headers.get(c), Style.BOLD);
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < headers.size(); c++) {
        cell(table.getRow(r + 1).getCell(c), rows.get(r).get(c), Style.PLAIN);
      }
    }
    doc.createParagraph();
  }

  /** "Nơi nhận" and its lines on the left, the signer's capacity on the right. */
  void closing(String signerTitle, List<String> recipients) {
    XWPFTable table = doc.createTable(1, 2);
    table.removeBorders();
    table.setWidth("100%");
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFParagraph first = left.getParagraphs().getFirst();
    first.setAlignment(ParagraphAlignment.LEFT);
    run(first, "Nơi nhận:", 12, Style.BOLD_UNDERLINED).setItalic(true);
    for (int i = 0; i < recipients.size(); i++) {
      XWPFParagraph p = left.addParagraph();
      run(p, "- " + recipients.get(i) + (i < recipients.size() - 1 ? "," : "."), 11, Style.PLAIN);
    }
    line(table.getRow(0).getCell(1).getParagraphs().getFirst(), signerTitle, 14, Style.BOLD);
  }

  byte[] bytes() {
    try (var out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }

  private enum Style {
    PLAIN,
    BOLD,
    ITALIC,
    BOLD_UNDERLINED
  }

  private void body(String text, Style style) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setFirstLineIndent(567);
    p.setSpacingAfter(120);
    run(p, text, 14, style);
  }

  private static void cell(XWPFTableCell cell, String text, Style style) {
    run(cell.getParagraphs().getFirst(), text, 12, style);
  }

  private static XWPFParagraph line(XWPFParagraph p, String text, int size, Style style) {
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, size, style);
    return p;
  }

  private static XWPFRun run(XWPFParagraph p, String text, int size, Style style) {
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setText(text);
    run.setBold(style == Style.BOLD || style == Style.BOLD_UNDERLINED);
    run.setItalic(style == Style.ITALIC);
    if (style == Style.BOLD_UNDERLINED) {
      run.setUnderline(UnderlinePatterns.SINGLE);
    }
    return run;
  }
}
