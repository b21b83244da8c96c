package vn.dienbien.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.platform.due.Leases;
import vn.dienbien.testsupport.EmbeddedMongo;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Leases are machine time, due times business time: with the business clock frozen ({@code
 * platform.clock.fixed}) a delivery whose sender crashed is still taken over once the lease has
 * really run out, and a delivery due later in business time is still not sent early.
 */
class DeliveryClaimsIntegrationTests {

  private static final Duration LEASE = Duration.ofMinutes(2);

  /** The frozen business "now": 09:00 in Điện Biên on the base date of the test clock. */
  private static final Instant BUSINESS_NOW = TestClock.baseInstant();

  private final MongoTemplate mongo =
      new MongoTemplate(MongoClients.create(EmbeddedMongo.uri("claims-tests")), "claims-tests");

  /** Mongo keeps milliseconds. */
  private final Instant machineStart = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Test
  void aLeaseOfACrashedSenderLapsesInMachineTimeWhileTheBusinessClockStandsStill() {
    String id = store(pending(BUSINESS_NOW.minusSeconds(60)));
    assertThat(claimsAt(machineStart).claim(id, BUSINESS_NOW))
        .hasValueSatisfying(d -> {
          assertThat(d.state().status()).isEqualTo(DeliveryStatus.SENDING);
          assertThat(d.state().leaseUntil()).isEqualTo(machineStart.plus(LEASE));
        });
    // The sender dies here. Within the lease nobody else may take it ...
    assertThat(claimsAt(machineStart.plus(LEASE).minusSeconds(1)).claim(id, BUSINESS_NOW))
        .isEmpty();
    // ... after it, another sender does, though the business clock has not moved at all.
    assertThat(claimsAt(machineStart.plus(LEASE)).claim(id, BUSINESS_NOW))
        .hasValueSatisfying(d -> assertThat(d.state().attempts()).isEqualTo(2));
  }

  @Test
  void aDeliveryDueLaterInBusinessTimeIsNotTakenHoweverLateTheMachineClockIs() {
    String id = store(pending(BUSINESS_NOW.plus(Duration.ofHours(5))));
    assertThat(claimsAt(machineStart.plus(Duration.ofDays(30))).claim(id, BUSINESS_NOW)).isEmpty();
    assertThat(claimsAt(machineStart).claim(id, BUSINESS_NOW.plus(Duration.ofHours(5))))
        .isPresent();
  }

  @Test
  void aBusinessClockFarAheadDoesNotBreakALiveLease() {
    String id = store(pending(BUSINESS_NOW));
    assertThat(claimsAt(machineStart).claim(id, BUSINESS_NOW)).isPresent();
    // Operators move the business clock a week ahead: the sender still holds its delivery.
    assertThat(
            claimsAt(machineStart.plusSeconds(5)).claim(id, BUSINESS_NOW.plus(Duration.ofDays(7))))
        .isEmpty();
  }

  private DeliveryClaims claimsAt(Instant machineNow) {
    return new DeliveryClaims(new Leases(mongo, Clock.fixed(machineNow, ZoneOffset.UTC)), LEASE);
  }

  private String store(Delivery delivery) {
    mongo.insert(delivery);
    return delivery.id();
  }

  private static Delivery pending(Instant dueAt) {
    return DeliveryFixture.smsDueAt(dueAt, BUSINESS_NOW);
  }
}
