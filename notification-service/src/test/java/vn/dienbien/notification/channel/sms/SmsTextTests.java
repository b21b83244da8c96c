package vn.dienbien.notification.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dienbien.notification.message.MessageKind;

class SmsTextTests {

  @Test
  void foldsVietnameseToGsm7WhenAsked() {
    String text =
        SmsText.shape("Nhắc nhở: báo cáo quá hạn – Đảng ủy xã Mường Nhé", SmsEncoding.GSM7, 320);
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
    String text = SmsText.shape("Báo cáo ".repeat(50), SmsEncoding.UNICODE, 100);
    assertThat(text).hasSize(100).endsWith("...");
  }

  @Test
  void foldsEveryVietnameseLetterAndDecomposedInputToPlainLetters() {
    String lower = "aáàảãạăắằẳẵặâấầẩẫậđeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵ";
    assertThat(SmsText.toGsm7(lower))
        .isEqualTo(
            "a".repeat(18)
                + "d"
                + "e".repeat(12)
                + "i".repeat(6)
                + "o".repeat(18)
                + "u".repeat(12)
                + "y".repeat(6));
    assertThat(SmsText.toGsm7(lower.toUpperCase(java.util.Locale.ROOT)))
        .isEqualTo(SmsText.toGsm7(lower).toUpperCase(java.util.Locale.ROOT));
    String decomposed = java.text.Normalizer.normalize("Điện Biên", java.text.Normalizer.Form.NFD);
    assertThat(SmsText.toGsm7(decomposed)).isEqualTo("Dien Bien");
    assertThat(SmsText.toGsm7("“Dân vận khéo” … ✓")).isEqualTo("\"Dan van kheo\" ... ?");
  }

  @Test
  void aGsm7TextLongerThanOneSegmentIsCutToOne() {
    String text = SmsText.shape("Nhắc việc ".repeat(30), SmsEncoding.GSM7, 320);
    assertThat(text).hasSize(160).endsWith("...");
    assertThat(SmsText.segments(text)).isEqualTo(1);
  }

  @Test
  void countsConcatenatedSegmentsAt153And67() {
    assertThat(SmsText.segments("a".repeat(459))).isEqualTo(3);
    assertThat(SmsText.segments("a".repeat(460))).isEqualTo(4);
    assertThat(SmsText.segments("ả".repeat(134))).isEqualTo(2);
    assertThat(SmsText.segments("ả".repeat(135))).isEqualTo(3);
  }

  @Test
  void routineMessagesAreGsm7UnlessTheirKindSaysOtherwiseAndCriticalOnesUnicode() {
    var defaults = new SmsEncoding.Policy(null, null, null);
    assertThat(defaults.of(MessageKind.REPORT_OVERDUE, false)).isEqualTo(SmsEncoding.GSM7);
    assertThat(defaults.of(MessageKind.REPORT_OVERDUE, true)).isEqualTo(SmsEncoding.UNICODE);
    var dueSoonInUnicode =
        new SmsEncoding.Policy(
            null, null, Map.of(MessageKind.REPORT_DUE_SOON, SmsEncoding.UNICODE));
    assertThat(dueSoonInUnicode.of(MessageKind.REPORT_DUE_SOON, false))
        .isEqualTo(SmsEncoding.UNICODE);
    assertThat(dueSoonInUnicode.of(MessageKind.REPORT_OVERDUE, false)).isEqualTo(SmsEncoding.GSM7);
  }
}
