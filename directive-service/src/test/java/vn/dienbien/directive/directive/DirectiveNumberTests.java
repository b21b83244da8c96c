package vn.dienbien.directive.directive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectiveNumberTests {

  @Test
  void acceptsPartyDocumentNumbers() {
    assertThat(DirectiveNumber.isValid("06-CT/TU")).isTrue();
    assertThat(DirectiveNumber.isValid("11-CT/TU")).isTrue();
    assertThat(DirectiveNumber.isValid("43-NQ/TW")).isTrue();
    assertThat(DirectiveNumber.isValid("1661-NQ/UBTVQH")).isTrue();
  }

  @Test
  void rejectsMalformedNumbers() {
    assertThat(DirectiveNumber.isValid("06/CT-TU")).isFalse();
    assertThat(DirectiveNumber.isValid("06-ct/tu")).isFalse();
    assertThat(DirectiveNumber.isValid("CT 06/TU")).isFalse();
    assertThat(DirectiveNumber.isValid("")).isFalse();
    assertThat(DirectiveNumber.isValid(null)).isFalse();
  }

  @Test
  void idIsTheReadableLowerCaseNumber() {
    assertThat(DirectiveNumber.idOf("11-CT/TU")).isEqualTo("11-ct-tu");
  }
}
