package vn.dienbien.platform.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
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
    List<Integer> sizes =
        java.util.Arrays.stream((args.length > 0 ? args[0] : "5000").split(","))
            .map(String::trim)
            .map(Integer::valueOf)
            .toList();
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
          "Relay benchmark: %s events, batch %d, %d batches per round, %d cores, load %.1f%n",
          sizes,
          PROPERTIES.batchSize(),
          PROPERTIES.maxBatchesPerRound(),
          Runtime.getRuntime().availableProcessors(),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      run("warm-up", Math.min(5_000, sizes.getFirst()), mongo, kafka);
      for (int events : sizes) {
        run("measured-" + events, events, mongo, kafka);
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
    Timed pending = new Timed(mongo, markers);
    List<PendingEvents.Pending> sample = pending.next(PROPERTIES.batchSize(), Instant.now());
    double readIn = millis(() -> pending.next(PROPERTIES.batchSize(), Instant.now()));
    byte[] value = sample.getFirst().entry().value().getBytes(StandardCharsets.UTF_8);
    double raw = rate(events, () -> rawProduce(kafka, events, value));
    TimedPublisher publisher = new TimedPublisher(kafka);
    double before = perBatchReads(pending, publisher, events);
    pending.phases.clear();
    publisher.phases = pending.phases;
    double relay = rate(events - (int) published, () -> drain(pending, publisher));
    System.out.printf("PHASES %s | relay rounds, ms in each step: %s%n", round, pending.phases);
    System.out.printf(
        "RESULT %s | raw produce %.0f events/s | relay rounds %.0f events/s (ratio %.3f) |"
            + " before, markers read per batch %.0f events/s (ratio %.3f, first %d events) |"
            + " one marker read %.1f ms%n",
        round, raw, relay, relay / raw, before, before / raw, published, readIn);
  }

  private static long published;

  /** The relay's rounds ({@link RelayRound}) until nothing is pending. */
  private static void drain(PendingEvents pending, EventPublisher publisher) {
    RelayRound round =
        new RelayRound(
            pending,
            new Handover(publisher, new SimpleMeterRegistry()),
            null,
            PROPERTIES,
            new SimpleMeterRegistry(),
            Clock.systemUTC());
    RelayRound.Outcome outcome;
    do {
      outcome = round.run(false, () -> true);
    } while (outcome == RelayRound.Outcome.MORE);
    if (outcome != RelayRound.Outcome.DONE && outcome != RelayRound.Outcome.EMPTY) {
      throw new IllegalStateException("the relay's round ended " + outcome);
    }
    if (!pending.next(1, Instant.now()).isEmpty()) {
      throw new IllegalStateException("events left after the drain");
    }
  }

  /**
   * The data path before: the markers read again for every batch of 500, for at most {@link
   * #BEFORE_NANOS} (its cost grows with the backlog, so the rate is that of the backlog's start,
   * its first tenth).
   */
  private static double perBatchReads(PendingEvents pending, EventPublisher publisher, int events) {
    long start = System.nanoTime();
    published = 0;
    while (System.nanoTime() - start < BEFORE_NANOS && published < events / 10) {
      List<PendingEvents.Pending> batch = pending.next(PROPERTIES.batchSize(), Instant.now());
      List<Boolean> acks = publisher.publishAll(batch.stream().map(p -> p.entry()).toList());
      if (acks.contains(false)) {
        throw new IllegalStateException("the broker did not acknowledge a batch");
      }
      pending.markPublished(batch);
      published += batch.size();
    }
    return published / ((System.nanoTime() - start) / 1e9);
  }

  private static final long BEFORE_NANOS = 30_000_000_000L;

  /** The same records sent asynchronously, flushed and awaited every {@value #RAW_WINDOW}. */
  private static void rawProduce(KafkaTemplate<String, byte[]> kafka, int events, byte[] value) {
    for (int from = 0; from < events; from += RAW_WINDOW) {
      List<CompletableFuture<?>> sends = new ArrayList<>(RAW_WINDOW);
      for (int i = from; i < Math.min(events, from + RAW_WINDOW); i++) {
        sends.add(kafka.send(new ProducerRecord<>("raw", "XA-" + (i % 45), value)));
      }
      kafka.flush();
      CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
    }
  }

  private static final int RAW_WINDOW = 10_000;

  /** The relay's store steps, timed. */
  private static final class Timed extends PendingEvents {

    final java.util.Map<String, Long> phases = new java.util.TreeMap<>();

    Timed(MongoTemplate mongo, Markers markers) {
      super(mongo, markers);
    }

    @Override
    List<PendingMarker> due(int limit, Instant now) {
      return time(phases, "1 markers read", () -> super.due(limit, now));
    }

    @Override
    List<Pending> load(List<PendingMarker> due) {
      return time(phases, "2 documents read", () -> super.load(due));
    }

    @Override
    void markPublished(List<Pending> published) {
      time(
          phases,
          "5 cleared",
          () -> {
            super.markPublished(published);
            return null;
          });
    }
  }

  /** The relay's broker steps, timed. */
  private static final class TimedPublisher extends EventPublisher {

    java.util.Map<String, Long> phases = new java.util.TreeMap<>();

    TimedPublisher(KafkaTemplate<String, byte[]> kafka) {
      super(kafka, PROPERTIES.sendTimeout());
    }

    @Override
    List<CompletableFuture<?>> sendAll(List<OutboxEntry> entries) {
      return time(phases, "3 handed to the producer", () -> super.sendAll(entries));
    }

    @Override
    List<Boolean> acknowledged(List<OutboxEntry> entries, List<CompletableFuture<?>> sends) {
      return time(phases, "4 acknowledged", () -> super.acknowledged(entries, sends));
    }
  }

  private static <T> T time(
      java.util.Map<String, Long> phases, String step, java.util.function.Supplier<T> run) {
    long start = System.nanoTime();
    try {
      return run.get();
    } finally {
      phases.merge(step, (System.nanoTime() - start) / 1_000_000, Long::sum);
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
