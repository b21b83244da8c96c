package vn.dienbien.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.dienbien.contracts.Topics;
import vn.dienbien.platform.due.DueIndexes;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.platform.testapp.Ticket;

/**
 * How fast the relay's data path drains a backlog (not a test): read a batch (markers, then the
 * documents by {@code _id $in}), send it to Kafka asynchronously, await the acknowledgements, clear
 * it; side by side with the raw broker (the same number of records of the same size, sent
 * asynchronously and flushed) and, for the read alone, the earlier one-document-per-read batch
 * read, in the same run. In-process KRaft broker and in-memory mongo-java-server. Run: {@code mvn
 * -B -q -pl platform -am -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=vn.dienbien.platform.outbox.RelayBenchmark -Dbenchmark.sizes=5000}.
 */
public final class RelayBenchmark {

  private static final OutboxProperties PROPERTIES =
      new OutboxProperties(
          Duration.ofMillis(500),
          500,
          20,
          Duration.ofSeconds(30),
          Duration.ofSeconds(10),
          Duration.ofMinutes(2),
          Duration.ofSeconds(10));

  private RelayBenchmark() {}

  public static void main(String[] args) throws Exception {
    int events = Integer.parseInt((args.length > 0 ? args[0] : "5000").split(",")[0].trim());
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 2, Topics.DIRECTIVE_EVENTS);
    broker.afterPropertiesSet();
    MongoServer server = new MongoServer(new MemoryBackend());
    String address = server.bindAndGetConnectionString();
    try (MongoClient client = MongoClients.create(address + "/?uuidRepresentation=standard")) {
      MongoTemplate mongo = new MongoTemplate(client, "bench");
      KafkaTemplate<String, byte[]> kafka =
          new OutboxConfiguration()
              .outboxKafkaTemplate(broker.getBrokersAsString(), "bench", PROPERTIES);
      System.out.printf(
          "Relay benchmark: %d events, batch %d, %d cores, load %.1f%n",
          events,
          PROPERTIES.batchSize(),
          Runtime.getRuntime().availableProcessors(),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      for (String round : List.of("warm-up", "measured")) {
        run(round, events, mongo, kafka);
      }
    } finally {
      server.shutdownNow();
      broker.destroy();
    }
    System.exit(0);
  }

  private static void run(
      String round, int events, MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka)
      throws Exception {
    Markers markers =
        new Markers(
            new DueIndexes(mongo).open("markers-" + round, Markers.SLOT, Clock.systemUTC()));
    MongoOutbox outbox =
        new MongoOutbox(mongo, Clock.systemUTC(), markers, () -> {}, CurrentStates.none(mongo));
    for (int i = 0; i < events; i++) {
      String unit = "XA-" + round + "-" + i;
      outbox.save(
          new Ticket(round + "-" + i, unit, "OPEN"),
          List.of(PlatformTestApplication.unit(unit, "Xã Sín Thầu")));
    }
    PendingEvents pending = new PendingEvents(mongo, markers);
    List<PendingEvents.Pending> sample = pending.next(PROPERTIES.batchSize(), Instant.now());
    double readIn = millis(() -> pending.next(PROPERTIES.batchSize(), Instant.now()));
    double readEach = millis(() -> readOneByOne(mongo, markers));
    byte[] value = sample.getFirst().entry().value().getBytes(StandardCharsets.UTF_8);
    double raw = rate(events, () -> rawProduce(kafka, events, value));
    EventPublisher publisher = new EventPublisher(kafka, PROPERTIES.sendTimeout());
    double relay = rate(events, () -> drain(pending, publisher, events));
    System.out.printf(
        "RESULT %s | raw produce %.0f events/s | relay drain %.0f events/s (ratio %.2f) |"
            + " read of a batch: _id $in %.1f ms, one document per read (before) %.1f ms%n",
        round, raw, relay, relay / raw, readIn, readEach);
  }

  private static void drain(PendingEvents pending, EventPublisher publisher, int events) {
    int published = 0;
    while (true) {
      List<PendingEvents.Pending> batch = pending.next(PROPERTIES.batchSize(), Instant.now());
      if (batch.isEmpty()) {
        break;
      }
      List<Boolean> acks = publisher.publishAll(batch.stream().map(p -> p.entry()).toList());
      if (acks.contains(false)) {
        throw new IllegalStateException("the broker did not acknowledge a batch");
      }
      pending.markPublished(batch);
      published += batch.size();
    }
    if (published != events) {
      throw new IllegalStateException("drained " + published + " of " + events);
    }
  }

  private static void rawProduce(KafkaTemplate<String, byte[]> kafka, int events, byte[] value) {
    List<CompletableFuture<?>> sends = new ArrayList<>(events);
    for (int i = 0; i < events; i++) {
      sends.add(kafka.send(new ProducerRecord<>("raw", "XA-" + (i % 45), value)));
    }
    kafka.flush();
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
  }

  /** The batch read before: the markers, then one read per document. */
  private static void readOneByOne(MongoTemplate mongo, Markers markers) {
    for (PendingMarker marker : markers.next(PROPERTIES.batchSize(), Instant.now())) {
      var byId = query(where("_id").is(marker.documentId()));
      byId.fields().include(OutboxEntry.FIELD);
      mongo.findOne(byId, Document.class, marker.collection());
    }
  }

  private static double rate(int events, Runnable run) {
    long start = System.nanoTime();
    run.run();
    return events / ((System.nanoTime() - start) / 1e9);
  }

  private static double millis(Runnable run) {
    long start = System.nanoTime();
    run.run();
    return (System.nanoTime() - start) / 1e6;
  }
}
