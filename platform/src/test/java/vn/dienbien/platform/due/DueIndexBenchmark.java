package vn.dienbien.platform.due;

import static com.mongodb.client.model.Filters.lt;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.platform.bench.StoreBench;

/**
 * What a due index read, add and lease claim cost at N entries (not a test), side by side with what
 * the schedules did before on the same store: an {@code _id} range read of one document per entry,
 * and a claim by {@code findAndModify} with an {@code _id + $or} guard. Store: an in-memory
 * mongo-java-server in this JVM, reached over the wire protocol. Run: {@code mvn -B -q -pl platform
 * -am -Pbenchmark test-compile exec:exec} ({@code -Dbenchmark.sizes=10000,1000000}).
 */
public final class DueIndexBenchmark {

  private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
  private static final int DUE = 100;
  private static final int ROUNDS = 50;
  private static final Duration LEASE = Duration.ofMinutes(2);

  private DueIndexBenchmark() {}

  public static void main(String[] args) {
    StoreBench.sizes(
        "Due index benchmark: in-memory mongo-java-server, %d due, median of %d rounds"
            .formatted(DUE, ROUNDS),
        args,
        (n, label) -> StoreBench.withStore(mongo -> run(mongo, n, label)));
    System.exit(0);
  }

  private static void run(MongoTemplate mongo, int n, String label) {
    DueIndex index =
        new DueIndexes(mongo)
            .open("due", Duration.ofHours(1), Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    long fill = time(() -> fill(mongo, index, n));
    MongoCollection<Document> range = mongo.getCollection("range");
    Date upTo = Date.from(NOW);
    double dueIndex = median(i -> check(index.due(NOW, DUE).size()));
    double rangeRead =
        median(i ->
            check(
                count(
                    range
                        .find(lt("_id", key(NOW.toEpochMilli() + 1, "")))
                        .sort(Sorts.ascending("_id"))
                        .limit(DUE))));
    double add =
        median(i -> {
          index.add(DueEntry.of("added-" + i, NOW.plus(Duration.ofDays(400 + i))));
          return null;
        });
    LeaseClaims<Document> claims =
        new Leases(mongo, Clock.systemUTC()).on("jobs", LEASE, "status", "dueAt");
    double claim =
        median(i ->
            claims.claim(
                "job-" + (i * 7919 % n),
                d -> "PENDING".equals(d.getString("status")),
                new Update().inc("attempts", 1)));
    double oldClaim = median(i -> oldClaim(mongo, "job-" + ((i + ROUNDS) * 7919 % n), upTo));
    System.out.printf(
        "RESULT %s fill=%,d ms | what is due: due index %.2f ms, _id range %.2f ms | add %.2f ms"
            + " | claim: lease claim %.2f ms, findAndModify {_id,$or} %.2f ms%n",
        label, fill, dueIndex, rangeRead, add, claim, oldClaim);
  }

  /** N entries over five years, DUE of them due now, in the index and as one document each. */
  private static void fill(MongoTemplate mongo, DueIndex index, int n) {
    List<DueEntry> entries = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    List<Document> jobs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant at =
          i < DUE
              ? NOW.minusSeconds(60 + i)
              : NOW.plus(Duration.ofMinutes(60 + (long) i * 2_628_000 / n));
      entries.add(DueEntry.of("o-" + i, at));
      documents.add(new Document("_id", key(at.toEpochMilli(), "o-" + i)));
      jobs.add(
          new Document("_id", "job-" + i)
              .append("status", "PENDING")
              .append("dueAt", Date.from(NOW)));
      if (entries.size() == 5_000 || i == n - 1) {
        index.addAll(entries);
        mongo.getCollection("range").insertMany(documents);
        mongo.getCollection("jobs").insertMany(jobs);
        entries.clear();
        documents.clear();
        jobs.clear();
      }
    }
  }

  /** The claim the notification service made before: one findAndModify with an $or guard. */
  private static Object oldClaim(MongoTemplate mongo, String id, Date businessNow) {
    Date machineNow = new Date();
    Criteria claimable =
        new Criteria()
            .orOperator(
                where("status").is("PENDING").and("dueAt").lte(businessNow),
                where("status").is("SENDING").and("leaseUntil").lte(machineNow));
    return mongo.findAndModify(
        Query.query(where("_id").is(id)).addCriteria(claimable),
        new Update().set("status", "SENDING").inc("attempts", 1),
        FindAndModifyOptions.options().returnNew(true),
        Document.class,
        "jobs");
  }

  private static String key(long epochMillis, String id) {
    return String.format("%013d|%s", epochMillis, id);
  }

  private static int count(Iterable<Document> found) {
    int count = 0;
    for (Document ignored : found) {
      count++;
    }
    return count;
  }

  private static Object check(int found) {
    if (found != DUE) {
      throw new IllegalStateException("expected " + DUE + " due, read " + found);
    }
    return found;
  }

  private static double median(java.util.function.IntFunction<Object> call) {
    return StoreBench.median(ROUNDS, call::apply);
  }

  private static long time(Runnable fill) {
    long start = System.nanoTime();
    fill.run();
    return (System.nanoTime() - start) / 1_000_000;
  }
}
