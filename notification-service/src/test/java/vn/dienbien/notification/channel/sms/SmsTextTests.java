package vn.dienbien.notification.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTextTests {

  @Test
  void foldsVietnameseToGsm7WhenAsked() {
    String text = SmsText.shape("Nhắc nhở: báo cáo quá hạn – Đảng ủy xã Mường Nhé", true, 320);
    assertThat(text).isEqualTo("Nhac nho: bao cao qua han - Dang uy xa Muong Nhe");
    assertThat(SmsText.isGsm7(text)).isTrue();
  }

  @Test
  void countsSegmentsAsOperatorsBill() {
    assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
    assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
    assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
    assertThat(SmsText.segments("ả".repeat(70))).isEqualTo(1);
    assertThat(SmsText.segments("ả".repeat(71))).isEqualTo(2);
    assertThat(SmsText.segments("{".repeat(81))).isEqualTo(2);
  }

  @Test
  void cutsTextsOverTheLimit() {
    String text = SmsText.shape("Báo cáo ".repeat(50), false, 100);
    assertThat(text).hasSize(100).endsWith("...");
  }
}
