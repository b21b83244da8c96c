package vn.dienbien.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
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
import vn.dienbien.platform.lock.KeepAliveLocks;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.platform.testapp.Ticket;
import vn.dienbien.testsupport.store.ExaminingStore;

/**
 * The relay hands each pending event to the producer once: not again while an earlier send of it is
 * unresolved (the broker may still take it), not again when the broker took it and an event before
 * it failed, and once when two markers point at it. Each of these put events on the topic twice in
 * the fault soak. The producer is a fake that records every record handed to it.
 */
class RelayHandoverTests {

  private static final OutboxProperties PROPERTIES =
      new OutboxProperties(
          Duration.ofMillis(20),
          500,
          20,
          Duration.ofMillis(200),
          Duration.ofMillis(100),
          Duration.ofMinutes(2),
          Duration.ofMinutes(1));

  private final ExaminingStore store = ExaminingStore.start();
  private final MongoClient client = MongoClients.create(store.uri("handover"));
  private final MongoTemplate mongo = new MongoTemplate(client, "handover");
  private final DueIndex markerIndex =
      new DueIndexes(mongo).open(Markers.COLLECTION, Markers.SLOT, Clock.systemUTC());
  private final Markers markers = new Markers(markerIndex);
  private final Outbox outbox =
      new MongoOutbox(mongo, Clock.systemUTC(), markers, () -> {}, CurrentStates.none(mongo));
  private final RecordingKafka kafka = new RecordingKafka();
  private final OutboxRelay relay =
      new OutboxRelay(
          new PendingEvents(mongo, markers),
          new EventPublisher(kafka, PROPERTIES.sendTimeout()),
          new KeepAliveLocks(configuration -> Optional.of(() -> {})),
          new NothingPublishedYet(),
          PROPERTIES,
          new SimpleMeterRegistry(),
          Clock.systemUTC(),
          "handover-test");

  @AfterEach
  void stop() {
    relay.stop();
    client.close();
    store.close();
  }

  @Test
  void anEventWhoseSendIsStillUnresolvedIsNotHandedOverAgain() {
    CompletableFuture<SendResult<String, byte[]>> slow = new CompletableFuture<>();
    kafka.answer = record -> kafka.sends.size() == 1 ? slow : acknowledged(record);
    save("t-slow", "XA-SLOW");

    relay.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> kafka.sends.size() == 1);
    // several rounds run meanwhile: each one finds the event still pending, past the send timeout
    await()
        .during(Duration.ofMillis(1_500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> kafka.sends.size() == 1);
    slow.complete(new SendResult<>(kafka.sends.getFirst(), null));

    await().atMost(Duration.ofSeconds(10)).until(() -> markerIndex.size() == 0);
    assertThat(kafka.keys()).containsExactly("XA-SLOW");
  }

  @Test
  void anEventTheBrokerTookIsNotSentAgainWhenOneBeforeItFailed() {
    kafka.answer =
        record ->
            kafka.keys().equals(List.of("XA-FIRST"))
                ? CompletableFuture.failedFuture(new IllegalStateException("leader gone"))
                : acknowledged(record);
    save("t-first", "XA-FIRST");
    save("t-second", "XA-SECOND");

    relay.start();

    await().atMost(Duration.ofSeconds(10)).until(() -> markerIndex.size() == 0);
    assertThat(kafka.keys()).containsExactly("XA-FIRST", "XA-SECOND", "XA-FIRST");
  }

  /** An instance that lost an insert race to another could leave a second marker of one event. */
  @Test
  void anEventTwoMarkersPointAtIsSentOnce() {
    kafka.answer = RelayHandoverTests::acknowledged;
    save("t-twice", "XA-TWICE");
    Document stored = mongo.findById("t-twice", Document.class, "tickets");
    OutboxEntry entry =
        OutboxEntry.fromDocument(stored.getList(OutboxEntry.FIELD, Document.class).getFirst());
    markers.write(List.of(entry), "tickets", "t-twice");
    assertThat(markerIndex.size()).isEqualTo(2);

    relay.start();

    await().atMost(Duration.ofSeconds(10)).until(() -> markerIndex.size() == 0);
    assertThat(kafka.keys()).containsExactly("XA-TWICE");
  }

  private void save(String id, String unit) {
    outbox.save(new Ticket(id, unit, "OPEN"), List.of(PlatformTestApplication.unit(unit, "Xã")));
  }

  private static CompletableFuture<SendResult<String, byte[]>> acknowledged(
      ProducerRecord<String, byte[]> record) {
    return CompletableFuture.completedFuture(new SendResult<>(record, null));
  }

  /** Records every record handed to it and answers as the test says. */
  private static final class RecordingKafka extends KafkaTemplate<String, byte[]> {

    final List<ProducerRecord<String, byte[]>> sends = new CopyOnWriteArrayList<>();
    volatile Function<ProducerRecord<String, byte[]>, CompletableFuture<SendResult<String, byte[]>>>
        answer;

    RecordingKafka() {
      super(new DefaultKafkaProducerFactory<>(Map.of()));
    }

    @Override
    public CompletableFuture<SendResult<String, byte[]>> send(
        ProducerRecord<String, byte[]> record) {
      sends.add(record);
      return answer.apply(record);
    }

    List<String> keys() {
      return sends.stream().map(ProducerRecord::key).toList();
    }
  }

  /** A tail read that finds nothing: no earlier holder published anything. */
  private static final class NothingPublishedYet extends PublishedTail {

    NothingPublishedYet() {
      super("127.0.0.1:9", "handover-test-tail");
    }

    @Override
    Set<String> eventIds(Collection<String> topics, int perPartition) {
      return Set.of();
    }
  }
}
