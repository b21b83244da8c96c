package vn.dienbien.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.dienbien.notification.message.Channel;

class DigestPropertiesTests {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  private final DigestProperties digest = new DigestProperties(null, 3, LocalTime.of(7, 30), null);

  @Test
  void onlyRoutineEmailOfAnOfficialWhoOptedInIsHeld() {
    assertThat(digest.holds(true, Channel.EMAIL, false)).isTrue();
    assertThat(digest.holds(true, Channel.EMAIL, true)).as("critical").isFalse();
    assertThat(digest.holds(true, Channel.SMS, false)).as("sms").isFalse();
    assertThat(digest.holds(false, Channel.EMAIL, false)).as("not opted in").isFalse();
    assertThat(new DigestProperties(false, 3, null, null).holds(true, Channel.EMAIL, false))
        .as("disabled")
        .isFalse();
  }

  @Test
  void itemsWaitForTodaysDigestUntilItGoesOutThenForTomorrows() {
    assertThat(digest.nextSendTime(at(6, 0), ZONE)).isEqualTo(at(7, 30));
    assertThat(digest.nextSendTime(at(7, 30), ZONE)).isEqualTo(at(7, 30));
    assertThat(digest.nextSendTime(at(7, 31), ZONE))
        .isEqualTo(DAY.plusDays(1).atTime(7, 30).atZone(ZONE).toInstant());
  }

  @Test
  void aDaysDigestIsDueFromItsSendTimeOn() {
    assertThat(digest.lastDueDay(at(7, 29), ZONE)).isEqualTo(DAY.minusDays(1));
    assertThat(digest.lastDueDay(at(7, 30), ZONE)).isEqualTo(DAY);
    assertThat(digest.lastDueDay(at(23, 59), ZONE)).isEqualTo(DAY);
  }

  @Test
  void fewerItemsThanTheThresholdGoOutSeparately() {
    assertThat(digest.worthADigest(2)).isFalse();
    assertThat(digest.worthADigest(3)).isTrue();
    assertThat(new DigestProperties(null, null, null, null).minItems()).isEqualTo(3);
    assertThat(new DigestProperties(null, null, null, null).sendAt())
        .isEqualTo(LocalTime.of(7, 30));
  }

  @Test
  void aDigestItemDropsTheSalutationAndSignatureItsDigestHasOnce() {
    String text =
        "Kính gửi đồng chí Mai,\n\nBáo cáo Quý IV/2026 đến hạn ngày 15/12/2026.\n\n--\nHệ thống theo dõi";
    assertThat(DigestSender.summary(text))
        .isEqualTo("Báo cáo Quý IV/2026 đến hạn ngày 15/12/2026.");
  }

  private static java.time.Instant at(int hour, int minute) {
    return DAY.atTime(hour, minute).atZone(ZONE).toInstant();
  }
}
