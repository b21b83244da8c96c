package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.platform.testapp.Ticket;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;

/**
 * An operator running "as of" a later date must not stall the relay (its leases use machine time).
 */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    properties = {
      "platform.clock.fixed=2030-06-01T01:00:00Z",
      "spring.cloud.stream.function.autodetect=false",
      "spring.cloud.function.definition="
    })
class ShiftedClockIntegrationTests extends IntegrationTestBase {

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired Outbox outbox;

  @Autowired Clock clock;

  @Test
  void eventsAreStampedWithBusinessTimeAndStillPublished() {
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2030, 6, 1));
    outbox.save(
        new Ticket("ticket-shifted", "XA-SHIFTED", "OPEN"),
        List.of(PlatformTestApplication.unit("XA-SHIFTED", "Xã Nậm Kè")));

    var records =
        new KafkaEvents(brokers)
            .await(
                Topics.DIRECTIVE_EVENTS,
                r -> "XA-SHIFTED".equals(r.key()),
                1,
                Duration.ofSeconds(30));
    assertThat(records).hasSize(1);
    assertThat(CloudEventCodec.decode(records.get(0).value()).getTime().toLocalDate())
        .isEqualTo(LocalDate.of(2030, 6, 1));
  }
}
