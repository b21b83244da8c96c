package vn.dienbien.directive.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dienbien.platform.csv.CsvRows;

/** The shipped units directory, read as the seeder reads it. */
class CsvTests {

  @Test
  void theShippedListHas45CommuneLevelUnitsUnderTheProvinceEachConfirmedByAClauseOf1661()
      throws Exception {
    var rows = shippedRows();
    var communes =
        rows.stream().filter(r -> r.get("parent_code").equals("TINH-DIEN-BIEN")).toList();
    assertThat(communes).hasSize(45);
    assertThat(communes.stream().filter(r -> r.get("kind").equals("WARD"))).hasSize(3);
    assertThat(communes).allMatch(r -> r.get("confirmed").equals("true"));
    assertThat(communes.stream().map(r -> r.get("source").replaceAll(".*khoản (\\d+);.*", "$1")))
        .doesNotHaveDuplicates()
        .allMatch(n -> Integer.parseInt(n) >= 1 && Integer.parseInt(n) <= 45);
    // Official codes: the Cục Thống kê's list of 25/6/2025 (Công văn 1027/CTK-CSCL, Phụ lục I).
    assertThat(communes)
        .allMatch(r -> r.get("official_code").matches("\\d{5}"))
        .allMatch(r ->
            r.get("source")
                .contains(
                    "mã số "
                        + r.get("official_code")
                        + " theo Công văn 1027/CTK-CSCL ngày 25/6/2025 của Cục Thống kê"));
    assertThat(communes.stream().map(r -> r.get("official_code"))).doesNotHaveDuplicates();
    assertThat(rows.stream().map(r -> r.get("code")).distinct()).hasSize(rows.size());
  }

  @Test
  void everyRowSaysInVietnameseWhatConfirmsItOrThatNothingDoes() throws Exception {
    var rows = shippedRows();
    assertThat(rows)
        .allMatch(r -> r.get("confirmed").equals("true") || r.get("confirmed").equals("false"))
        .allMatch(r -> !r.get("source").isBlank())
        .noneMatch(r -> r.get("source").matches("(?i).*(confirmed|domain notes|verify).*"));
    assertThat(rows.stream().filter(r -> r.get("confirmed").equals("false")))
        .isNotEmpty()
        .allMatch(r -> r.get("source").startsWith("Chưa xác nhận"));
  }

  @Test
  void eachCommuneHasOnePeoplesCommitteeOnePartyCommitteeAndOneFrontCommitteeUnderIt()
      throws Exception {
    var rows = shippedRows();
    var communes =
        rows.stream()
            .filter(r -> r.get("parent_code").equals("TINH-DIEN-BIEN"))
            .map(r -> r.get("code"))
            .toList();
    for (String commune : communes) {
      assertThat(
              rows.stream()
                  .filter(r -> r.get("parent_code").equals(commune))
                  .map(r -> r.get("kind")))
          .as(commune)
          .containsExactlyInAnyOrder("GOVERNMENT", "PARTY_COMMITTEE", "FRONT");
    }
  }

  private List<Map<String, String>> shippedRows() throws Exception {
    String text =
        new String(
            getClass().getResourceAsStream("/seed/units.csv").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    var lines = CsvRows.nonBlank(text);
    List<String> header = lines.get(0);
    return lines.stream()
        .skip(1)
        .map(cells -> {
          Map<String, String> row = new HashMap<>();
          for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
          }
          return row;
        })
        .toList();
  }
}
