package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.platform.testapp.Ticket;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * An operator running "as of" another date must not stall the relay (its leases use machine time).
 * The platform clock is pinned with {@code platform.clock.fixed} to the test clock's base date, so
 * the property itself is what is tested (the test clock backs off when it is set).
 */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    properties = {
      "spring.cloud.stream.function.autodetect=false",
      "spring.cloud.function.definition="
    })
class ShiftedClockIntegrationTests extends IntegrationTestBase {

  @DynamicPropertySource
  static void pinnedToTheBaseDate(DynamicPropertyRegistry registry) {
    registry.add("platform.clock.fixed", () -> TestClock.baseInstant().toString());
  }

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired Outbox outbox;

  @Autowired Clock clock;

  @Autowired Validator validator;

  record Started(@PastOrPresent LocalDate on) {}

  /** The default base date is after the machine's: "not in the future" must be the business day. */
  @Test
  void validationJudgesPastAndFutureByBusinessTime() {
    assertThat(validator.validate(new Started(TestClock.base()))).isEmpty();
    assertThat(validator.validate(new Started(TestClock.base().minusDays(1)))).isEmpty();
    assertThat(validator.validate(new Started(TestClock.base().plusDays(1)))).hasSize(1);
  }

  @Test
  void eventsAreStampedWithBusinessTimeAndStillPublished() {
    assertThat(clock).isNotInstanceOf(TestClock.class);
    assertThat(LocalDate.now(clock)).isEqualTo(TestClock.base());
    outbox.save(
        new Ticket("ticket-shifted", "XA-SHIFTED", "OPEN"),
        List.of(PlatformTestApplication.unit("XA-SHIFTED", "Xã Nậm Kè")));

    var records =
        new KafkaEvents(brokers)
            .await(Topics.DIRECTIVE_EVENTS, r -> "XA-SHIFTED".equals(r.key()), 1, Waits.BACKGROUND);
    assertThat(records).hasSize(1);
    assertThat(CloudEventCodec.decode(records.get(0).value()).getTime().toLocalDate())
        .isEqualTo(TestClock.base());
  }
}
