package vn.dienbien.notification.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.dienbien.localstack.sms.SmsGatewayServer;
import vn.dienbien.notification.channel.Outgoing;
import vn.dienbien.notification.channel.SendOutcome;

/** Every SMS the gateway accepts adds its billed segments to the meter, by encoding. */
class SmsSegmentsMetricTests {

  private final SmsGatewayServer gateway = new SmsGatewayServer(0);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private SmsSender sender;

  @BeforeEach
  void start() {
    gateway.start();
    var properties =
        new SmsProperties(
            "generic",
            "http://127.0.0.1:" + gateway.port(),
            "TINHUY-DB",
            null,
            320,
            Duration.ofSeconds(5),
            null);
    sender =
        new SmsSender(properties, new SmsCallbackKey(properties), new MockEnvironment(), meters);
  }

  @AfterEach
  void stop() {
    gateway.stop();
  }

  @Test
  void recordsTheSegmentsOfEachSmsSentByEncoding() {
    String plain = "Xa Muong Nhe: bao cao quy IV nam 2026 (11.7a, 11-CT/TU) han 20/12/2026.";
    String accented = "Xã Mường Nhé: báo cáo quý IV năm 2026 quá hạn 3 ngày. ".repeat(2);

    var first = sender.send(new Outgoing("d-1", "+84912000001", null, plain, null));
    var second = sender.send(new Outgoing("d-2", "+84912000001", null, accented, null));

    assertThat(first).isEqualTo(new SendOutcome.Sent("generic", messageId(first), 1));
    assertThat(((SendOutcome.Sent) second).segments()).isEqualTo(2);
    var gsm7 = meters.find("notifications.sms.segments").tag("encoding", "GSM7").summary();
    var unicode = meters.find("notifications.sms.segments").tag("encoding", "UNICODE").summary();
    assertThat(gsm7.count()).isEqualTo(1);
    assertThat(gsm7.totalAmount()).isEqualTo(1);
    assertThat(unicode.count()).isEqualTo(1);
    assertThat(unicode.totalAmount()).isEqualTo(2);
  }

  private static String messageId(SendOutcome outcome) {
    return ((SendOutcome.Sent) outcome).messageId();
  }
}
