package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dienbien.platform.validation.CleanTextValidator;
import vn.dienbien.platform.validation.Diacritics;
import vn.dienbien.platform.validation.Regexes;
import vn.dienbien.platform.validation.TextRules;

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

  @Test
  void invisibleAndBidiCharactersAreRefusedAndTextIsNormalised() {
    for (String hidden :
        List.of(
            "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\u00ad", "\u2028", "\ue000",
            "\ud800")) {
      assertThat(TextRules.firstForbidden("Xã" + hidden + "Mường")).as(hidden).hasValue(2);
      assertThat(CleanTextValidator.isClean("Xã" + hidden)).as(hidden).isFalse();
    }
    assertThat(TextRules.firstForbidden("Dòng 1\nDòng 2\tcột")).isEmpty();
    assertThat(
            TextRules.normalize(
                "  " + Normalizer.normalize("Mường Nhé", Normalizer.Form.NFD) + "\u00a0"))
        .isEqualTo("Mường Nhé");
    assertThat(TextRules.describe("ab\u202e", 2)).contains("U+202E", "vị trí 3");
  }

  @Test
  void regexesBuiltFromTextMatchOnlyTheTextItself() {
    for (String text :
        List.of("a.b*c", "(x|y)[z]", "\\E\\Q^$", "tab\tnul\u0000", "Mường Nhé?", "/api/v1/")) {
      Pattern literal = Pattern.compile(Regexes.literal(text));
      assertThat(literal.matcher(text).matches()).as(text).isTrue();
      assertThat(Regexes.literal(text)).doesNotContain("\u0000");
    }
    assertThat(Pattern.compile(Regexes.literal("a.b")).matcher("axb").matches()).isFalse();
    assertThat(Pattern.compile(Regexes.prefix("/api/v1/re")).matcher("/api/v1/reports/1").find())
        .isTrue();
  }
}
