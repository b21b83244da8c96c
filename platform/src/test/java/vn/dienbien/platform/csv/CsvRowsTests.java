package vn.dienbien.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTests {

  @Test
  void readsQuotedCellsSemicolonsAndCrLf() {
    var rows =
        CsvRows.parse("\uFEFFHọ và tên;Vai trò\r\n\"Bùi \"\"Ngọc\"\"; phó\";Thủ trưởng\r\n\r\nA;B");
    assertThat(rows)
        .containsExactly(
            List.of("Họ và tên", "Vai trò"),
            List.of("Bùi \"Ngọc\"; phó", "Thủ trưởng"),
            List.of(),
            List.of("A", "B"));
  }

  @Test
  void commaSeparatedRowsWithoutTheBlankLinesAsTheUnitsDirectoryReadsThem() {
    var rows = CsvRows.nonBlank("\uFEFFcode,name\r\nXA-A,\"Xã A, \"\"mới\"\"\"\r\n\r\nXA-B,Xã B\n");
    assertThat(rows)
        .containsExactly(
            List.of("code", "name"), List.of("XA-A", "Xã A, \"mới\""), List.of("XA-B", "Xã B"));
  }

  @Test
  void anUnclosedQuoteRunsToTheEndInsteadOfFailing() {
    assertThat(CsvRows.parse("a,\"b\nc")).containsExactly(List.of("a", "b\nc"));
  }
}
