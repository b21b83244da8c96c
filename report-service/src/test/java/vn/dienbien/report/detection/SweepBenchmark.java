package vn.dienbien.report.detection;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.report.Fixtures;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationIndexes;
import vn.dienbien.report.obligation.ObligationPlanner;
import vn.dienbien.report.obligation.CalendarProperties;
import vn.dienbien.report.obligation.Obligations;

/**
 * Sweep cost at 10 000 and 1 000 000 obligations with 1 000 due, on an in-memory mongo-java-server
 * (not a test): {@code mvn -B -q -pl report-service -Pbenchmark test-compile exec:java}. The outbox
 * here is a guarded update without Kafka, so the figure is the store's cost of the sweep.
 */
public final class SweepBenchmark {

  private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
  private static final int DUE = 1_000;
  private static final long SLOT = Duration.ofHours(1).toMillis();

  public static void main(String[] args) {
    for (int total : new int[] {10_000, 1_000_000}) {
      run(total);
    }
    System.exit(0);
  }

  private static void run(int total) {
    MongoServer server = new MongoServer(new MemoryBackend());
    String address = server.bindAndGetConnectionString();
    try (var client = MongoClients.create(address)) {
      MongoTemplate mongo = new MongoTemplate(client, "bench");
      ObligationIndexes.ensure(mongo);
      Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
      long start = System.nanoTime();
      fill(mongo, clock, total);
      System.out.printf("[%,d] filled %,d obligations and schedule entries in %,d ms%n", total, total, ms(start));
      DueSchedule schedule = new DueSchedule(mongo, clock, Duration.ofHours(1).toMillis());
      var props = DetectionProperties.defaults();
      var escalation = new Escalation(props.dueSoonLeadDays(), props.escalationDays());
      var meters = new SimpleMeterRegistry();
      var sweep = new DueSweep(schedule, obligationsOf(mongo), escalation, new Reminders(guardedOutbox(mongo), meters),
          clock, meters, props.batchSize());
      start = System.nanoTime();
      int emitted = sweep.sweep();
      System.out.printf("[%,d] sweep emitted %,d reminders in %,d ms%n", total, emitted, ms(start));
      start = System.nanoTime();
      long rangeHits = mongo.count(new Query(where("_id").lt("%013d".formatted(NOW.toEpochMilli()))), "range_probe");
      System.out.printf("[%,d] for comparison, an _id $lt range query over %,d keys took %,d ms (%,d hits)%n",
          total, total, ms(start), rangeHits);
    } finally {
      server.shutdownNow();
    }
  }

  /** {@code total} obligations; the first DUE are a day overdue, the rest due over the next five years. */
  private static void fill(MongoTemplate mongo, Clock clock, int total) {
    var planner = new ObligationPlanner(CalendarProperties.defaults(), clock);
    Obligation template = planner.plan(Fixtures.task117a("bench", "XA-MUONG-NHE", "Xã Mường Nhé")).getFirst();
    java.util.Map<Long, List<Document>> buckets = new java.util.HashMap<>();
    List<Obligation> batch = new ArrayList<>();
    List<Document> probes = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      // Not due: beyond the 7-day due-soon lead, spread over the next five years.
      Instant dueAt = i < DUE ? NOW.minus(Duration.ofHours(30))
          : NOW.plus(Duration.ofDays(8)).plus(Duration.ofMinutes((long) i * 157 % 2_600_000));
      String id = "bench-" + i + ":FIXED";
      batch.add(copy(template, id, dueAt));
      probes.add(new Document("_id", "%013d|%s".formatted(dueAt.toEpochMilli(), id)));
      Instant checkpoint = i < DUE ? NOW : dueAt.minus(Duration.ofDays(7));
      long slot = Math.max(Math.floorDiv(checkpoint.toEpochMilli(), SLOT) * SLOT, Math.floorDiv(NOW.toEpochMilli(), SLOT) * SLOT);
      buckets.computeIfAbsent(slot, k -> new ArrayList<>()).add(new DueSchedule.Entry(id, checkpoint).toDocument());
      if (batch.size() == 1_000) {
        flush(mongo, batch, probes);
        if ((i + 1) % 100_000 == 0) {
          System.out.printf("  ... %,d%n", i + 1);
        }
      }
    }
    flush(mongo, batch, probes);
    // The same bucket documents DueSchedule.add writes, inserted in bulk to keep the fill short.
    List<Document> slots = new ArrayList<>();
    buckets.forEach((slot, entries) -> slots.add(new Document("_id", DueSchedule.key(slot)).append("entries", entries)));
    for (int from = 0; from < slots.size(); from += 1_000) {
      mongo.getCollection(DueSchedule.COLLECTION).insertMany(slots.subList(from, Math.min(slots.size(), from + 1_000)));
    }
  }

  private static void flush(MongoTemplate mongo, List<Obligation> batch, List<Document> probes) {
    if (!batch.isEmpty()) {
      mongo.insertAll(batch);
      mongo.getCollection("range_probe").insertMany(probes);
      batch.clear();
      probes.clear();
    }
  }

  private static Obligation copy(Obligation t, String id, Instant dueAt) {
    return new Obligation(id, t.assignment(), t.periodKey(), t.periodLabel(), t.periodStart(), t.cutOff(),
        t.originalDueDate(), t.dueDate(), dueAt, t.lastPeriod(), t.state(), 0, Obligation.NO_STEP, null, List.of(),
        t.createdAt(), 0, Obligation.revKeyOf(id, 0));
  }

  private static Obligations obligationsOf(MongoTemplate mongo) {
    try {
      var constructor = Obligations.class.getDeclaredConstructor(MongoTemplate.class);
      constructor.setAccessible(true);
      return constructor.newInstance(mongo);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The platform outbox's guarded-update shape, minus the relay: marker insert plus guarded $push. */
  private static Outbox guardedOutbox(MongoTemplate mongo) {
    return new Outbox() {
      public void save(Object aggregate, List<? extends DomainEvent> events) {
        throw new UnsupportedOperationException();
      }

      public boolean insertIfAbsent(Object aggregate, List<? extends DomainEvent> events) {
        throw new UnsupportedOperationException();
      }

      public boolean update(Class<?> type, Query guard, Update update, List<? extends DomainEvent> events) {
        Query idOnly = Query.of(guard).limit(1);
        Document match = mongo.findOne(idOnly, Document.class, mongo.getCollectionName(type));
        if (match == null) {
          return false;
        }
        mongo.getCollection("outbox_pending").insertOne(new Document("at", new Date()));
        update.push("_outbox", new Document("type", events.getFirst().type()));
        Query exact = Query.of(guard).addCriteria(where("_id").is(match.get("_id")));
        return mongo.updateFirst(exact, update, type).getMatchedCount() == 1;
      }
    };
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
