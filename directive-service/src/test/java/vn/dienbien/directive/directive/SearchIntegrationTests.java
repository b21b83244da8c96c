package vn.dienbien.directive.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.directive.DirectiveIntegrationTestBase;

class SearchIntegrationTests extends DirectiveIntegrationTestBase {

  @Test
  void searchIgnoresDiacriticsAndCase() {
    assertThat(numbers("dan van kheo")).contains("11-CT/TU").doesNotContain("06-CT/TU");
    assertThat(numbers("DÂN VẬN KHÉO")).contains("11-CT/TU");
    assertThat(numbers("doi ngoai nhan dan")).containsExactly("06-CT/TU");
    assertThat(numbers("đối ngoại")).containsExactly("06-CT/TU");
    assertThat(numbers("dang lanh dao")).contains("06-CT/TU");
  }

  @Test
  void searchFindsByNumber() {
    assertThat(numbers("06-CT/TU")).containsExactly("06-CT/TU");
    assertThat(numbers("11-ct/tu")).containsExactly("11-CT/TU");
  }

  private List<String> numbers(String q) {
    List<String> found = new ArrayList<>();
    get("/api/v1/directives?status=ISSUED&q=" + q)
        .body()
        .get("items")
        .forEach(d -> found.add(d.get("number").asString()));
    return found;
  }
}
