package vn.dienbien.modelregistry.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTests {

  private static final Table TABLE =
      new Table(
          "Thống kê",
          List.of("Năm", "Lĩnh vực"),
          List.of(List.of(2026, "văn hóa - xã hội"), List.of(2027, "=HYPERLINK(\"x\")")));

  @Test
  void csvStartsWithABomKeepsVietnameseAndDefusesFormulas() {
    byte[] csv = TableExport.csv(TABLE);
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\"Năm\",\"Lĩnh vực\"\r\n")
        .contains("\"2026\",\"văn hóa - xã hội\"")
        .contains("\"'=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void xlsxHasHeadersAndNumericCells() throws Exception {
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(TABLE)))) {
      var sheet = book.getSheet("Thống kê");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Lĩnh vực");
      assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2026);
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }
}
