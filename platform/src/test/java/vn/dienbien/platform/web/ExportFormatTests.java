package vn.dienbien.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExportFormatTests {

  @Test
  void readsTheFormatInAnyCaseAndDefaultsToXlsx() {
    assertThat(ExportFormat.parse("xlsx")).isEqualTo(ExportFormat.XLSX);
    assertThat(ExportFormat.parse("XLSX")).isEqualTo(ExportFormat.XLSX);
    assertThat(ExportFormat.parse(" Csv ")).isEqualTo(ExportFormat.CSV);
    assertThat(ExportFormat.parse(null)).isEqualTo(ExportFormat.XLSX);
    assertThat(ExportFormat.parse("")).isEqualTo(ExportFormat.XLSX);
  }

  @Test
  void anyOtherFormatIsA400NamingTheParameterAndTheAllowedValues() {
    assertThatThrownBy(() -> ExportFormat.parse("pdf"))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status().value()).isEqualTo(400);
              var error = problem.errors().getFirst();
              assertThat(error.field()).isEqualTo("format");
              assertThat(error.allowed()).containsExactly("xlsx", "csv");
              assertThat(error.message()).contains("\"pdf\"", "xlsx hoặc csv");
            });
  }
}
