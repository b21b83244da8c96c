package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.dienbien.platform.validation.CleanTextValidator;
import vn.dienbien.platform.validation.Diacritics;

class TextRulesTests {

  @Test
  void foldingIgnoresDiacriticsCaseAndDStroke() {
    assertThat(Diacritics.fold("Dân vận KHÉO")).isEqualTo("dan van kheo");
    assertThat(Diacritics.fold("Điện Biên Phủ")).isEqualTo("dien bien phu");
    assertThat(Diacritics.fold(Normalizer.normalize("Mường  Nhé", Normalizer.Form.NFD)))
        .isEqualTo("muong nhe");
  }

  @Test
  void cleanTextIsNfcWithoutControlCharacters() {
    assertThat(CleanTextValidator.isClean("Xã Mường Nhé\nDòng 2")).isTrue();
    assertThat(
            CleanTextValidator.isClean(Normalizer.normalize("Xã Mường Nhé", Normalizer.Form.NFD)))
        .isFalse();
    assertThat(CleanTextValidator.isClean("a\u0000b")).isFalse();
  }
}
