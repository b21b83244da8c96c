package vn.dienbien.directive.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

  @Test
  void readsQuotedFieldsWithCommasQuotesAndCrLf() {
    var rows = Csv.parse("\uFEFFcode,name\r\nXA-A,\"Xã A, \"\"mới\"\"\"\r\n\r\nXA-B,Xã B");
    assertThat(rows)
        .containsExactly(
            List.of("code", "name"), List.of("XA-A", "Xã A, \"mới\""), List.of("XA-B", "Xã B"));
  }

  @Test
  void theShippedUnitsListHas45CommuneLevelUnitsAndMarksUnconfirmedNames() throws Exception {
    String text =
        new String(
            getClass().getResourceAsStream("/seed/units.csv").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    var rows = Csv.parse(text);
    var communeLevel = rows.stream().filter(r -> r.get(3).equals("COMMUNE")).toList();
    assertThat(communeLevel).hasSize(45);
    assertThat(communeLevel.stream().filter(r -> r.get(2).equals("WARD"))).hasSize(3);
    assertThat(communeLevel)
        .allMatch(r -> r.get(6).startsWith("confirmed") || r.get(6).startsWith("UNCONFIRMED"));
    assertThat(rows.stream().map(r -> r.get(0)).distinct()).hasSize(rows.size());
  }
}
