package vn.dienbien.platform.lock;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienbien.testsupport.EmbeddedMongo;

/**
 * Two instances sharing one {@code shedlock} collection, on a clock the test moves (ShedLock's
 * ClockProvider), renewals triggered by hand: no timing involved.
 */
class KeepAliveLocksTests {

  private static final Duration LEASE = Duration.ofSeconds(10);
  private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

  private MongoClient client;
  private MongoCollection<Document> collection;
  private Instant now = T0;

  @BeforeEach
  void shareOneCollection() {
    client = MongoClients.create(EmbeddedMongo.uri("locks"));
    collection = client.getDatabase("locks").getCollection("shedlock-" + System.nanoTime());
    ClockProvider.setClock(
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        });
  }

  @AfterEach
  void restoreClock() {
    ClockProvider.setClock(Clock.systemUTC());
    client.close();
  }

  private KeepAliveLocks instance() {
    return new KeepAliveLocks(new MongoLockProvider(collection));
  }

  private static LockConfiguration lease(Instant at) {
    return new LockConfiguration(at, "outbox-relay-test", LEASE, Duration.ZERO);
  }

  @Test
  void aLiveHolderKeepsItsLeaseBeyondTheTermAndOthersTakeOverSoonAfterItDies() {
    KeepAliveLocks first = instance();
    KeepAliveLocks second = instance();
    var held = first.acquire(lease(now)).orElseThrow();

    now = T0.plusSeconds(4);
    first.renewAll(); // more than half the term left: nothing to do yet
    now = T0.plusSeconds(7);
    first.renewAll(); // past half: extended to T0 + 17 s
    now = T0.plusSeconds(14);
    first.renewAll(); // extended to T0 + 24 s

    now = T0.plusSeconds(20); // well past the first term
    assertThat(held.isHeld()).isTrue();
    assertThat(second.acquire(lease(now))).isEmpty();

    // The holder is killed: nobody renews. The lease runs out one term after the last renewal.
    now = T0.plusSeconds(23);
    assertThat(second.acquire(lease(now))).isEmpty();
    now = T0.plusSeconds(25);
    var taken = second.acquire(lease(now));
    assertThat(taken).isPresent();
    assertThat(held.isHeld()).isFalse();
  }

  @Test
  void aStalledHolderWhoseLeaseLapsedDoesNotTakeItBack() {
    KeepAliveLocks first = instance();
    KeepAliveLocks second = instance();
    var held = first.acquire(lease(now)).orElseThrow();
    now = T0.plusSeconds(11); // a stalled holder missed its renewals
    var taken = second.acquire(lease(now)).orElseThrow();

    first.renewAll();

    assertThat(held.isHeld()).isFalse();
    assertThat(taken.isHeld()).isTrue();
  }

  @Test
  void unlockingHandsTheLeaseOverAtOnce() {
    KeepAliveLocks first = instance();
    KeepAliveLocks second = instance();
    first.acquire(lease(now)).orElseThrow().unlock();

    now = T0.plusSeconds(1);
    assertThat(second.acquire(lease(now))).isPresent();
  }
}
