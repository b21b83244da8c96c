package vn.dienbien.report.detection;

import ch.qos.logback.classic.Level;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.platform.due.DueConfiguration;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;
import vn.dienbien.platform.outbox.OutboxConfiguration;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationIndexes;
import vn.dienbien.report.obligation.Obligations;

/**
 * Sweep cost at N obligations of which exactly 1 000 are overdue at the sweep instant (not a test).
 * Store: an in-memory mongo-java-server ({@link MemoryBackend}) in this JVM, reached over the wire
 * protocol like the real store. Code path: the production beans ({@link DueSweep}, the {@link
 * DueIndex} of checkpoints, {@link Obligations}, {@link Reminders}) on the platform's real Mongo
 * outbox; the outbox relay points at an unreachable broker, so every event stays in the outbox and
 * is counted there. Run (forks a JVM with -Xmx6g): {@code mvn -B -q -pl report-service -Pbenchmark
 * test-compile exec:exec} (sizes: {@code -Dbenchmark.sizes=10000,1000000}).
 */
public final class SweepBenchmark {

  static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
  static final int DUE = 1_000;

  private SweepBenchmark() {}

  public static void main(String[] args) {
    quietLogs();
    String sizes =
        args.length > 0 ? args[0] : System.getProperty("benchmark.sizes", "10000,1000000");
    System.out.printf(
        "Sweep benchmark: in-memory mongo-java-server (MemoryBackend), %d due, sweep instant %s, "
            + "max heap %,d MB%n",
        DUE, NOW, Runtime.getRuntime().maxMemory() >> 20);
    // A first, unreported round loads and compiles the code path, so the first size is not billed
    // for it.
    run(2 * DUE, "warm-up");
    for (int total :
        Arrays.stream(sizes.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray()) {
      System.gc();
      run(total, "N=%,d".formatted(total));
    }
    System.exit(0);
  }

  private static void run(int total, String label) {
    MongoServer server = new MongoServer(new MemoryBackend());
    String address = server.bindAndGetConnectionString();
    try (MongoClient client = MongoClients.create(address + "/?uuidRepresentation=standard");
        var context = context(client)) {
      MongoTemplate mongo = context.getBean(MongoTemplate.class);
      long start = System.nanoTime();
      new BenchmarkFill(mongo, context.getBean(DueIndex.class), total).fill();
      long fillMs = ms(start);
      System.out.printf("[%s] fill: %,d obligations + schedule in %,d ms%n", label, total, fillMs);
      DueSweep sweep = context.getBean(DueSweep.class);
      long gcBefore = gcMillis();
      start = System.nanoTime();
      int emitted = sweep.sweep();
      long sweepMs = ms(start);
      System.out.printf(
          "[%s] sweep: %,d reminders emitted in %,d ms (GC pauses %,d ms; load average %.1f on %d cores)%n",
          label,
          emitted,
          sweepMs,
          gcMillis() - gcBefore,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      long events = report(mongo, context.getBean(DueIndexes.class), label, fillMs, sweepMs);
      if (emitted != DUE || events != DUE) {
        throw new IllegalStateException(
            "expected exactly %d reminders, got %d emitted / %d in the outbox"
                .formatted(DUE, emitted, events));
      }
    } finally {
      server.shutdownNow();
    }
  }

  /** Counts what the sweep left in the outbox (after the timing): events, markers, distinct ids. */
  private static long report(
      MongoTemplate mongo, DueIndexes indexes, String label, long fillMs, long sweepMs) {
    long markers = indexes.open("outbox_markers", Duration.ofSeconds(10), Clock.systemUTC()).size();
    Set<String> ids = new HashSet<>();
    long events = 0;
    var withEvents =
        mongo
            .getCollection(Obligation.COLLECTION)
            .find(new Document("_outbox.0", new Document("$exists", true)))
            .projection(new Document("_outbox", 1));
    for (Document doc : withEvents) {
      for (Document entry : doc.getList("_outbox", Document.class)) {
        events++;
        ids.add(entry.get("eventId").toString());
      }
    }
    System.out.printf(
        "[%s] outbox: %,d events on %s, %,d distinct event ids, %,d pending markers%n",
        label, events, Obligation.COLLECTION, ids.size(), markers);
    System.out.printf(
        "RESULT %s due=%,d fill=%,d ms sweep=%,d ms events=%,d per-due=%.2f ms%n",
        label, DUE, fillMs, sweepMs, events, (double) sweepMs / DUE);
    return ids.size() == events ? events : -1;
  }

  private static AnnotationConfigApplicationContext context(MongoClient client) {
    var context = new AnnotationConfigApplicationContext();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "benchmark",
                Map.of(
                    "spring.application.name", "report-service",
                    // Nothing listens there: the relay keeps failing and every event stays in the
                    // outbox.
                    "platform.kafka.bootstrap-servers", "127.0.0.1:9",
                    "platform.outbox.max-backoff", "60s")));
    context.registerBean(MongoClient.class, () -> client);
    context.register(
        Store.class,
        DueConfiguration.class,
        OutboxConfiguration.class,
        DetectionConfiguration.class,
        Obligations.class,
        ObligationIndexes.class);
    context.refresh();
    return context;
  }

  /**
   * Registered explicitly, not a @Configuration: component scanning must not pull it into the
   * service's tests.
   */
  static class Store {

    @Bean
    MongoTemplate mongoTemplate(MongoClient client) {
      return new MongoTemplate(client, "report");
    }

    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  private static void quietLogs() {
    var root =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    for (String name :
        List.of("org.apache.kafka", "org.springframework.kafka", "vn.dienbien.platform.outbox")) {
      ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name)).setLevel(Level.OFF);
    }
  }

  /**
   * Pause time of the collectors (not G1's concurrent cycles), so a sweep slowed by the large
   * store's GC says so.
   */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .filter(gc -> !gc.getName().contains("Concurrent"))
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
