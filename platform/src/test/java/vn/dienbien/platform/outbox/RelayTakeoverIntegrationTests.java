package vn.dienbien.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.ReplaceOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.platform.testapp.Ticket;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;

/**
 * The instance whose relay held the lease died after Kafka took an event and before the outbox
 * cleared it. The instance taking the lease over publishes what was left, and not that event again.
 */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    properties = {
      "spring.cloud.stream.function.autodetect=false",
      "spring.cloud.function.definition="
    })
class RelayTakeoverIntegrationTests extends IntegrationTestBase {

  private static final String LEASE = "outbox-relay-platform-test";

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired OutboxRelay relay;

  @Autowired Outbox outbox;

  @Autowired MongoTemplate mongo;

  @Autowired MeterRegistry meters;

  @Test
  void theNewHolderPublishesWhatWasLeftAndNotWhatTheDeadHolderHadPublished() {
    relay.stop(); // this instance steps back; a "dead" one holds the lease for now
    holdLease("dead-instance", Instant.now().plusSeconds(3600));
    outbox.save(
        new Ticket("t-takeover-a", "XA-TAKEOVER-A", "OPEN"),
        List.of(PlatformTestApplication.unit("XA-TAKEOVER-A", "Đã lên Kafka")));
    outbox.save(
        new Ticket("t-takeover-b", "XA-TAKEOVER-B", "OPEN"),
        List.of(PlatformTestApplication.unit("XA-TAKEOVER-B", "Chưa lên Kafka")));
    Document published = pendingEntry("t-takeover-a");
    new KafkaEvents(brokers)
        .publishRaw(
            published.getString("topic"),
            published.getString("key"),
            published.getString("value").getBytes(StandardCharsets.UTF_8));

    holdLease("dead-instance", Instant.now().minusSeconds(1)); // it died: its lease ran out
    relay.start();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> mongo.getCollection("outbox_pending").countDocuments() == 0);
    var records =
        new KafkaEvents(brokers)
            .await(
                Topics.DIRECTIVE_EVENTS,
                r -> r.key() != null && r.key().startsWith("XA-TAKEOVER-"),
                2,
                Duration.ofSeconds(30));
    assertThat(records.stream().map(r -> r.key()))
        .containsExactlyInAnyOrder("XA-TAKEOVER-A", "XA-TAKEOVER-B");
    assertThat(records.stream().map(r -> CloudEventCodec.decode(r.value()).getId()).distinct())
        .hasSize(2);
    assertThat(
            meters.counter("outbox.relay.recovered", "type", published.getString("type")).count())
        .isEqualTo(1);
    assertThat(relay.isLeader()).isTrue();
  }

  /**
   * A stopping relay claims no new batch, lets the batch in flight be acknowledged and cleared, and
   * gives the lease back: the next holder finds nothing to recover and every event is on Kafka
   * once.
   */
  @Test
  void aStoppingRelayFinishesItsBatchAndHandsTheLeaseBack() {
    await().atMost(Duration.ofSeconds(60)).until(relay::isLeader);
    double recovered =
        meters.find("outbox.relay.recovered").counters().stream().mapToDouble(c -> c.count()).sum();
    int events = 40;
    for (int i = 0; i < events; i++) {
      outbox.save(
          new Ticket("t-handover-" + i, "XA-HANDOVER-" + i, "OPEN"),
          List.of(PlatformTestApplication.unit("XA-HANDOVER-" + i, "Bàn giao")));
    }
    relay.stop();
    try {
      Document lease = mongo.getCollection("shedlock").find(new Document("_id", LEASE)).first();
      assertThat(lease.getDate("lockUntil")).isBeforeOrEqualTo(new Date());
      assertThat(relay.isLeader()).isFalse();
    } finally {
      relay.start();
    }
    var records =
        new KafkaEvents(brokers)
            .await(
                Topics.DIRECTIVE_EVENTS,
                r -> r.key() != null && r.key().startsWith("XA-HANDOVER-"),
                events,
                Duration.ofSeconds(60));
    assertThat(records).hasSize(events);
    assertThat(records.stream().map(r -> CloudEventCodec.decode(r.value()).getId()).distinct())
        .hasSize(events);
    assertThat(
            meters.find("outbox.relay.recovered").counters().stream()
                .mapToDouble(c -> c.count())
                .sum())
        .isEqualTo(recovered);
  }

  private void holdLease(String holder, Instant until) {
    mongo
        .getCollection("shedlock")
        .replaceOne(
            new Document("_id", LEASE),
            new Document("_id", LEASE)
                .append("lockUntil", Date.from(until))
                .append("lockedAt", new Date())
                .append("lockedBy", holder),
            new ReplaceOptions().upsert(true));
  }

  private Document pendingEntry(String ticketId) {
    Document ticket = mongo.getCollection("tickets").find(new Document("_id", ticketId)).first();
    return ticket.getList(OutboxEntry.FIELD, Document.class).getFirst();
  }
}
