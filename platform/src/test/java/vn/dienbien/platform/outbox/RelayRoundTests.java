package vn.dienbien.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.platform.testapp.Ticket;
import vn.dienbien.testsupport.store.ExaminingStore;

/** One round of the relay: markers read once for several batches, published in order. */
class RelayRoundTests {

  /** Batches of 2, 3 batches per round: a round reads at most 6 markers. */
  private static final OutboxProperties PROPERTIES =
      new OutboxProperties(
          Duration.ofMillis(20),
          2,
          3,
          Duration.ofSeconds(5),
          Duration.ofMillis(100),
          Duration.ofMinutes(2),
          Duration.ofMinutes(1));

  private final ExaminingStore store = ExaminingStore.start();
  private final MongoClient client = MongoClients.create(store.uri("round"));
  private final MongoTemplate mongo = new MongoTemplate(client, "round");
  private final DueIndex markerIndex =
      new DueIndexes(mongo).open(Markers.COLLECTION, Markers.SLOT, Clock.systemUTC());
  private final Markers markers = new Markers(markerIndex);
  private final Outbox outbox =
      new MongoOutbox(mongo, Clock.systemUTC(), markers, () -> {}, CurrentStates.none(mongo));
  private final CountingReads pending = new CountingReads(mongo, markers);
  private final RecordingKafka kafka = new RecordingKafka();
  private final RelayRound round =
      new RelayRound(
          pending,
          new Handover(
              new EventPublisher(kafka, PROPERTIES.sendTimeout()), new SimpleMeterRegistry()),
          null,
          PROPERTIES,
          new SimpleMeterRegistry(),
          Clock.systemUTC());

  @AfterEach
  void stop() {
    client.close();
    store.close();
  }

  @Test
  void aRoundReadsTheMarkersOnceAndPublishesItsBatchesInOrder() {
    List<String> units = List.of("XA-1", "XA-2", "XA-3", "XA-4", "XA-5");
    units.forEach(unit -> save("t-" + unit, unit));

    assertThat(round.run(false, () -> true)).isEqualTo(RelayRound.Outcome.DONE);

    assertThat(pending.markerReads.get()).isEqualTo(1);
    assertThat(kafka.keys()).containsExactlyElementsOf(units);
    assertThat(markerIndex.size()).isZero();
    units.forEach(unit -> assertThat(outboxOf("t-" + unit)).isEmpty());
    assertThat(round.run(false, () -> true)).isEqualTo(RelayRound.Outcome.EMPTY);
  }

  @Test
  void aRoundThatReadAsManyAsItMaySaysMoreArePending() {
    List<String> units = List.of("XA-1", "XA-2", "XA-3", "XA-4", "XA-5", "XA-6", "XA-7");
    units.forEach(unit -> save("t-" + unit, unit));

    assertThat(round.run(false, () -> true)).isEqualTo(RelayRound.Outcome.MORE);
    assertThat(kafka.keys()).containsExactlyElementsOf(units.subList(0, 6));
    assertThat(markerIndex.size()).isEqualTo(1);

    assertThat(round.run(false, () -> true)).isEqualTo(RelayRound.Outcome.DONE);
    assertThat(kafka.keys()).containsExactlyElementsOf(units);
    assertThat(pending.markerReads.get()).isEqualTo(2);
  }

  @Test
  void aRoundStopsBeforeTheNextBatchOnceTheLeaseIsGone() {
    List.of("XA-1", "XA-2", "XA-3", "XA-4").forEach(unit -> save("t-" + unit, unit));
    AtomicInteger batches = new AtomicInteger();

    assertThat(round.run(false, () -> batches.incrementAndGet() <= 1))
        .isEqualTo(RelayRound.Outcome.STOPPED);

    assertThat(kafka.keys()).containsExactly("XA-1", "XA-2");
    assertThat(markerIndex.size()).isEqualTo(2);
    assertThat(outboxOf("t-XA-3")).hasSize(1);
  }

  /** The documents a round touches are its events' documents, however many others there are. */
  @Test
  void aRoundExaminesOnlyTheDocumentsOfItsEvents() {
    for (int i = 0; i < 60; i++) {
      save("t-old-" + i, "XA-OLD");
    }
    while (round.run(false, () -> true) == RelayRound.Outcome.MORE) {
      // the first 60 are published and cleared
    }
    List.of("XA-1", "XA-2", "XA-3").forEach(unit -> save("t-" + unit, unit));
    store.reset();

    assertThat(round.run(false, () -> true)).isEqualTo(RelayRound.Outcome.DONE);

    // each read once (_id $in) and cleared once (updateMany on _id $in)
    assertThat(store.examined("tickets")).isEqualTo(6);
  }

  @Test
  void onlyTheEventsTheBrokerAcknowledgedLeaveTheirDocument() {
    outbox.save(
        new Ticket("t-two", "XA-TWO", "OPEN"),
        List.of(
            PlatformTestApplication.unit("XA-TWO", "Xã Một"),
            PlatformTestApplication.unit("XA-TWO", "Xã Hai")));
    List<PendingEvents.Pending> both = pending.next(10, Instant.now());
    assertThat(both).hasSize(2);

    pending.markPublished(both.subList(0, 1));

    List<Document> left = outboxOf("t-two");
    assertThat(left).hasSize(1);
    assertThat(left.getFirst().getString("eventId")).isEqualTo(both.get(1).entry().eventId());
    assertThat(markerIndex.size()).isEqualTo(1);
  }

  private void save(String id, String unit) {
    outbox.save(new Ticket(id, unit, "OPEN"), List.of(PlatformTestApplication.unit(unit, "Xã")));
  }

  private List<Document> outboxOf(String id) {
    return mongo
        .findById(id, Document.class, "tickets")
        .getList(OutboxEntry.FIELD, Document.class, List.of());
  }

  /** Counts the reads of the marker index. */
  private static final class CountingReads extends PendingEvents {

    final AtomicInteger markerReads = new AtomicInteger();

    CountingReads(MongoTemplate mongo, Markers markers) {
      super(mongo, markers);
    }

    @Override
    List<PendingMarker> due(int limit, Instant now) {
      markerReads.incrementAndGet();
      return super.due(limit, now);
    }
  }

  /** Acknowledges every record and remembers the order it was handed them in. */
  private static final class RecordingKafka extends KafkaTemplate<String, byte[]> {

    final List<ProducerRecord<String, byte[]>> sends = new CopyOnWriteArrayList<>();

    RecordingKafka() {
      super(new DefaultKafkaProducerFactory<>(Map.of()));
    }

    @Override
    public CompletableFuture<SendResult<String, byte[]>> send(
        ProducerRecord<String, byte[]> record) {
      sends.add(record);
      return CompletableFuture.completedFuture(new SendResult<>(record, null));
    }

    List<String> keys() {
      return sends.stream().map(ProducerRecord::key).toList();
    }
  }
}
