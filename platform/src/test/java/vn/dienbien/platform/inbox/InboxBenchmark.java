package vn.dienbien.platform.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static vn.dienbien.platform.bench.StoreBench.median;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.platform.bench.StoreBench;

/**
 * What the inbox's dedupe costs per consumed event at N stored entries (not a test), side by side
 * with the raw store's point {@code insertOne} and with the check the inbox made before ({@code
 * MongoTemplate.exists}, then the insert) on the same store in the same run. Store: an in-memory
 * mongo-java-server in this JVM, reached over the wire protocol. Run: {@code mvn -B -q -pl platform
 * -am -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=vn.dienbien.platform.inbox.InboxBenchmark} ({@code
 * -Dbenchmark.sizes=10000,1000000}).
 */
public final class InboxBenchmark {

  private static final int ROUNDS = 200;
  private static final int OLD_ROUNDS = 9;

  private InboxBenchmark() {}

  public static void main(String[] args) {
    StoreBench.sizes(
        "Inbox benchmark: in-memory mongo-java-server, median per event",
        args,
        (n, label) -> StoreBench.withStore(mongo -> run(mongo, n, label)));
    System.exit(0);
  }

  private static void run(MongoTemplate mongo, int n, String label) {
    fill(mongo.getCollection(ProcessedEvents.COLLECTION), n);
    fill(mongo.getCollection("raw"), n);
    ProcessedEvents processed = new ProcessedEvents(mongo, Clock.systemUTC());
    MongoCollection<Document> raw = mongo.getCollection("raw");
    double rawInsert =
        median(ROUNDS, i -> raw.insertOne(new Document("_id", "g:raw-" + i).append("t", "x")));
    double inbox =
        median(
            ROUNDS,
            i -> {
              String key = "g:new-" + i;
              if (!processed.handled(key)) {
                processed.remember(key, "x");
              }
            });
    double duplicate = median(ROUNDS, i -> check(processed.handled("g:old-" + (i * 7919 % n))));
    double old =
        median(
            OLD_ROUNDS,
            i -> {
              String key = "g:before-" + i;
              if (!mongo.exists(query(where("_id").is(key)), ProcessedEvents.COLLECTION)) {
                processed.remember(key, "x");
              }
            });
    System.out.printf(
        "RESULT %s | raw insertOne %.3f ms | inbox new event (find _id + insert) %.3f ms |"
            + " duplicate refused %.3f ms | before: exists + insert %.3f ms%n",
        label, rawInsert, inbox, duplicate, old);
  }

  private static void fill(MongoCollection<Document> collection, int n) {
    List<Document> batch = new ArrayList<>();
    Date now = new Date();
    for (int i = 0; i < n; i++) {
      batch.add(new Document("_id", "g:old-" + i).append("type", "x").append("processedAt", now));
      if (batch.size() == 5_000 || i == n - 1) {
        collection.insertMany(batch);
        batch.clear();
      }
    }
  }

  private static void check(boolean handled) {
    if (!handled) {
      throw new IllegalStateException("a stored event was not found");
    }
  }
}
