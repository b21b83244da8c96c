package vn.dienbien.localstack.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import vn.dienbien.localstack.soak.Lag;

/**
 * Backlogs and how fast they go: the outbox relay's pending markers (read from the service's own
 * {@code outbox_markers} pages) and a consumer group's lag on Kafka.
 */
final class Backlogs {

  /** A backlog drained: whose, how many, in how long. */
  record Drain(String source, long backlog, long nanos) {
    double perSecond() {
      return Stats.perSecond(backlog, nanos);
    }
  }

  private static final long POLL_MS = 200;
  private static final long PATIENCE_NANOS = 240_000_000_000L;

  private final BenchStack stack;
  private final Lag lag;

  Backlogs(BenchStack stack, Lag lag) {
    this.stack = stack;
    this.lag = lag;
  }

  /** Pending outbox markers of a service (every entry of every marker page). */
  long markers(String service) {
    try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
      return markers(mongo.getDatabase(stack.database(service)).getCollection("outbox_markers"));
    }
  }

  private static long markers(MongoCollection<Document> pages) {
    long count = 0;
    for (Document page : pages.find().projection(Projections.include("entries"))) {
      count += page.getList("entries", Document.class, List.of()).size();
    }
    return count;
  }

  /** How long the bench waits for a relay whose lease it took to say it stopped. */
  private static final long STOP_PATIENCE_MS = 30_000;

  /** A held backlog's drain: its steady part and the whole of it from the lease's return. */
  record HeldDrain(Drain steady, Drain whole) {}

  /**
   * The relay's drain of a real backlog: the bench takes the service's relay lease ({@code
   * outbox-relay-<service>} in its {@code shedlock} collection), as another instance would, waits
   * until the service's relay says it stopped ({@code outbox.relay.leader} 0 on every instance), so
   * the events {@code work} writes wait; then it gives the lease back and samples the markers to 0.
   */
  HeldDrain relayDrainOfHeldBacklog(String service, Work work) throws Exception {
    try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
      var db = mongo.getDatabase(stack.database(service));
      MongoCollection<Document> locks = db.getCollection("shedlock");
      MongoCollection<Document> pages = db.getCollection("outbox_markers");
      Document lease = new Document("_id", "outbox-relay-" + service);
      locks.replaceOne(
          lease,
          new Document(lease)
              .append("lockUntil", new java.util.Date(Long.MAX_VALUE / 2))
              .append("lockedAt", new java.util.Date())
              .append("lockedBy", "bench"),
          new com.mongodb.client.model.ReplaceOptions().upsert(true));
      if (!RelayLeader.awaitStopped(stack.cluster(), service, POLL_MS, STOP_PATIENCE_MS)) {
        throw new IllegalStateException(service + "'s relay still leads with the lease taken");
      }
      work.run();
      DrainCurve curve = new DrainCurve();
      long backlog = markers(pages);
      long t0 = System.nanoTime();
      locks.updateOne(
          lease, new Document("$set", new Document("lockUntil", new java.util.Date(0))));
      curve.add(0, backlog);
      while (!curve.drained() && System.nanoTime() - t0 < PATIENCE_NANOS) {
        Thread.sleep(POLL_MS / 4);
        curve.add(System.nanoTime() - t0, markers(pages));
      }
      return new HeldDrain(curve.steady(service), curve.whole(service));
    }
  }

  /** Work during which a relay's backlog is watched. */
  interface Work {
    void run() throws Exception;
  }

  /**
   * Runs {@code work} (which writes events in bursts) while sampling the service's pending markers,
   * then waits for them to reach 0. Returns the drain from the largest backlog seen to 0: the rate
   * of a relay that has a backlog, whatever the write path could feed it.
   */
  Drain relayDrainDuring(String service, Work work) throws Exception {
    try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
      MongoCollection<Document> pages =
          mongo.getDatabase(stack.database(service)).getCollection("outbox_markers");
      java.util.concurrent.atomic.AtomicBoolean done =
          new java.util.concurrent.atomic.AtomicBoolean();
      long[] best = {0, 0};
      Thread sampler =
          Thread.ofPlatform().name("bench-markers").start(() -> sample(pages, done, best));
      work.run();
      long t0 = System.nanoTime();
      while (markers(pages) > 0 && System.nanoTime() - t0 < PATIENCE_NANOS) {
        Thread.sleep(POLL_MS);
      }
      Thread.sleep(2 * SAMPLE_MS);
      done.set(true);
      sampler.join();
      synchronized (best) {
        return new Drain(service, best[0], best[1]);
      }
    }
  }

  private static final long SAMPLE_MS = 100;

  private static void sample(
      MongoCollection<Document> pages,
      java.util.concurrent.atomic.AtomicBoolean done,
      long[] best) {
    long peak = 0;
    long peakAt = 0;
    while (!done.get()) {
      long pending = markers(pages);
      long now = System.nanoTime();
      if (pending > peak) {
        peak = pending;
        peakAt = now;
      } else if (pending == 0 && peak > 0) {
        synchronized (best) {
          if (peak > best[0]) {
            best[0] = peak;
            best[1] = now - peakAt;
          }
        }
        peak = 0;
      }
      try {
        Thread.sleep(SAMPLE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Records a consumer group has still to process (-1 when its offsets cannot be read). */
  long lag(String group) {
    return lag.byGroup().getOrDefault(group, -1L);
  }

  /**
   * Starts a stopped service whose consumer group has a backlog and times its catch-up: from its
   * first committed progress to a lag of 0. Returns the drain and, through {@code readyS}, the
   * service's ready time.
   */
  Drain consumerCatchUp(String service, double[] readyS) throws Exception {
    long backlog = lag(service);
    CompletableFuture<Double> start =
        CompletableFuture.supplyAsync(() -> stack.startAlone(service));
    long first = 0;
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < PATIENCE_NANOS) {
      long now = lag(service);
      if (now >= 0 && now < backlog && first == 0) {
        first = System.nanoTime();
      }
      if (now == 0 && start.isDone()) {
        break;
      }
      Thread.sleep(POLL_MS);
    }
    readyS[0] = start.get();
    return new Drain(service, backlog, System.nanoTime() - (first == 0 ? t0 : first));
  }
}
