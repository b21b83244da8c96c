package vn.dienbien.platform.due;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienbien.testsupport.store.ExaminingStore;

/**
 * Pins what mongo-java-server 1.47, the embedded store of the tests and of the local stack, does
 * with the queries a schedule could use. It answers a query from an index only when the query's
 * keys are exactly that index's keys and each is an equality or {@code $in} ({@code
 * AbstractUniqueIndex.canHandle}, shared by the memory and H2 backends); anything else, a query on
 * a non-unique index included, examines every document of the collection. An {@code _id} range
 * query is therefore a full scan, though its answer is right. {@link DueIndex}, {@link
 * LeaseClaims}, {@link GuardIndexes} and the outbox's versioned save are built on these facts, and
 * their comments say no more than this test shows. (On MongoDB every query here is served by an
 * index.)
 */
class EmbeddedStoreQueriesTests {

  private static final int DOCUMENTS = 1_000;

  private final ExaminingStore store = ExaminingStore.start();
  private final MongoClient client = MongoClients.create(store.uri("pin"));
  private final MongoCollection<Document> schedule =
      client.getDatabase("pin").getCollection("schedule");

  @BeforeEach
  void fill() {
    schedule.insertMany(
        IntStream.range(0, DOCUMENTS)
            .mapToObj(i ->
                new Document("_id", "%04d".formatted(i))
                    .append("status", i % 2 == 0 ? "OPEN" : "DONE")
                    .append("version", 0))
            .toList());
    store.reset();
  }

  @AfterEach
  void stop() {
    client.close();
    store.close();
  }

  @Test
  void anIdRangeQueryAnswersRightButExaminesEveryDocument() {
    assertThat(ids(schedule.find(lt("_id", "0100")).sort(Sorts.ascending("_id")).limit(5)))
        .containsExactly("0000", "0001", "0002", "0003", "0004");
    assertThat(examined()).isEqualTo(DOCUMENTS);

    List<String> window =
        ids(
            schedule
                .find(Document.parse("{_id: {$gte: '0500', $lt: '0503'}}"))
                .sort(Sorts.ascending("_id")));
    assertThat(window).containsExactly("0500", "0501", "0502");
    assertThat(examined()).isEqualTo(DOCUMENTS);

    assertThat(schedule.countDocuments(gte("_id", "0990"))).isEqualTo(10);
    assertThat(examined()).isEqualTo(DOCUMENTS);
  }

  @Test
  void idEqualityAndInAreLookups() {
    assertThat(schedule.find(eq("_id", "0042")).first()).isNotNull();
    assertThat(examined()).isEqualTo(1);

    assertThat(ids(schedule.find(in("_id", List.of("0007", "0500", "0999", "nope")))))
        .containsExactlyInAnyOrder("0007", "0500", "0999");
    assertThat(examined()).isEqualTo(3);

    assertThat(
            schedule
                .updateMany(in("_id", List.of("0001", "0002")), Updates.inc("version", 1))
                .getMatchedCount())
        .isEqualTo(2);
    assertThat(examined()).isEqualTo(2);
  }

  @Test
  void aGuardOnIdAndAnotherFieldExaminesEveryDocument() {
    Bson guard = new Document("_id", "0042").append("status", "OPEN");
    assertThat(schedule.updateOne(guard, Updates.set("status", "DONE")).getMatchedCount())
        .isEqualTo(1);
    assertThat(examined()).isEqualTo(DOCUMENTS);
  }

  @Test
  void aNonUniqueIndexServesNothing() {
    schedule.createIndex(Indexes.ascending("status"));
    store.reset();
    assertThat(schedule.countDocuments(eq("status", "OPEN"))).isEqualTo(DOCUMENTS / 2);
    assertThat(examined()).isEqualTo(DOCUMENTS);
  }

  @Test
  void aGuardOnExactlyTheKeysOfAUniqueIndexIsALookupAlsoForAnAbsentField() {
    schedule.createIndex(
        Indexes.ascending("_id", "version", "leaseUntil"), new IndexOptions().unique(true));
    store.reset();
    Document free = new Document("_id", "0042").append("version", 0).append("leaseUntil", null);

    assertThat(schedule.updateOne(free, Updates.set("leaseUntil", new Date())).getMatchedCount())
        .isEqualTo(1);
    assertThat(examined()).isEqualTo(1);

    // The same guard no longer matches: the lease is set now. Nothing is examined at all.
    assertThat(schedule.updateOne(free, Updates.set("leaseUntil", new Date())).getMatchedCount())
        .isZero();
    assertThat(examined()).isZero();
  }

  /** Documents examined since the last call. */
  private long examined() {
    long examined = store.examined("schedule");
    store.reset();
    return examined;
  }

  private static List<String> ids(Iterable<Document> found) {
    List<String> ids = new ArrayList<>();
    found.forEach(d -> ids.add(d.getString("_id")));
    return ids;
  }
}
