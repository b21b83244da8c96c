package vn.dienbien.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTests {

  private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
  private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

  @ParameterizedTest
  @CsvSource({
    "21:59, 2026-11-23T21:59",
    "22:00, 2026-11-24T07:00",
    "23:00, 2026-11-24T07:00",
    "00:30, 2026-11-23T07:00",
    "06:59, 2026-11-23T07:00",
    "07:00, 2026-11-23T07:00",
    "12:00, 2026-11-23T12:00"
  })
  void defersToTheEndOfTheNight(String localTime, String expected) {
    Instant at =
        ZonedDateTime.of(java.time.LocalDate.of(2026, 11, 23), LocalTime.parse(localTime), HCM)
            .toInstant();
    assertThat(night.release(at, HCM))
        .isEqualTo(java.time.LocalDateTime.parse(expected).atZone(HCM).toInstant());
  }

  @Test
  void aDaytimeWindowWorksToo() {
    QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30));
    Instant noon = ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, HCM).toInstant();
    assertThat(lunch.release(noon, HCM)).isEqualTo(noon.plus(Duration.ofMinutes(90)));
    assertThat(lunch.contains(noon.plus(Duration.ofHours(2)), HCM)).isFalse();
  }

  @Test
  void retriesBackOffExponentiallyUpToTheCap() {
    var properties =
        new DeliveryProperties(
            null,
            null,
            Duration.ofSeconds(30),
            Duration.ofMinutes(5),
            null,
            null,
            null,
            null,
            null);
    assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(properties.retryDelay(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(properties.retryDelay(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(properties.retryDelay(40)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void deliveryIdsAreStablePerEventRecipientAndChannel() {
    var sms = vn.dienbien.notification.message.Channel.SMS;
    assertThat(Delivery.idOf("e1", "c1", sms))
        .isEqualTo(Delivery.idOf("e1", "c1", sms))
        .hasSize(32);
    assertThat(Delivery.idOf("e1", "c1", sms))
        .isNotEqualTo(Delivery.idOf("e1", "c1", vn.dienbien.notification.message.Channel.EMAIL))
        .isNotEqualTo(Delivery.idOf("e2", "c1", sms));
  }

  @Test
  void providerErrorsLoseTheirAddresses() {
    assertThat(Redaction.of("Phone 0912345678 refused, mail a.b@x.vn bounced, +84 912 345 678"))
        .isEqualTo("Phone [phone] refused, mail [email] bounced, [phone]");
  }
}
