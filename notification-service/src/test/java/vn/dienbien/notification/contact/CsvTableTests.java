package vn.dienbien.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTests {

  @Test
  void readsQuotedCellsSemicolonsAndCrLf() {
    var rows =
        CsvTable.parse(
            "\uFEFFHọ và tên;Vai trò\r\n\"Bùi \"\"Ngọc\"\"; phó\";Thủ trưởng\r\n\r\nA;B");
    assertThat(rows)
        .containsExactly(
            List.of("Họ và tên", "Vai trò"),
            List.of("Bùi \"Ngọc\"; phó", "Thủ trưởng"),
            List.of(),
            List.of("A", "B"));
  }
}
