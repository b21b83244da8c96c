package vn.dienbien.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The names read from labels.properties: Vietnamese, NFC, a dash for what is not there. */
class LabelsTests {

  private final Labels labels = new Labels();

  @Test
  void aCodeIsShownByItsVietnameseNameAndAnUnknownOneAsADash() {
    assertThat(labels.of("state", "SUBMITTED")).isEqualTo("Đã nộp, chờ thẩm định");
    assertThat(labels.of("dateSource", "PROVINCE_DEFAULT"))
        .isEqualTo("Tạm theo mặc định (Tỉnh ủy chưa quyết định)");
    assertThat(labels.of("targetArea", "SECURITY_HOTSPOTS"))
        .isEqualTo("Địa bàn trọng điểm, phức tạp về an ninh, trật tự");
    assertThat(labels.of("state", "NO_SUCH_STATE")).isEqualTo("—");
    assertThat(labels.of("noSuchArea", "OPEN")).isEqualTo("—");
    assertThat(labels.of("state", null)).isEqualTo("—");
  }

  @Test
  void theCodesOfAnAreaAreOrderedByTheirNamesInNfc() {
    assertThat(labels.all("level"))
        .containsExactly(
            java.util.Map.entry("PROVINCE", "Cấp tỉnh"), java.util.Map.entry("COMMUNE", "Cấp xã"));
    assertThat(labels.all("unitKind")).hasSize(12);
    labels
        .all("targetArea")
        .values()
        .forEach(name -> assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue());
  }
}
