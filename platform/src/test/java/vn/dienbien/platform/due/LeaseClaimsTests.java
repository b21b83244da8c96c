package vn.dienbien.platform.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.testsupport.store.ExaminingStore;

/** A claim holds a document for the lease, on the machine clock, and is a point write. */
class LeaseClaimsTests {

  private static final Duration LEASE = Duration.ofMinutes(2);

  private final ExaminingStore store = ExaminingStore.start();
  private final MongoClient client = MongoClients.create(store.uri("leases"));
  private final MongoTemplate mongo = new MongoTemplate(client, "leases");
  private final MovableClock machine =
      new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
  private final LeaseClaims<Document> claims =
      new Leases(mongo, machine).on("jobs", LEASE, "status");

  @AfterEach
  void stop() {
    client.close();
    store.close();
  }

  @Test
  void aClaimHoldsTheDocumentUntilTheLeaseHasRunOut() {
    job("job-1", "OPEN");
    Instant start = machine.instant();

    assertThat(claims.claim("job-1", open(), new Update().inc("attempts", 1)))
        .hasValueSatisfying(d -> {
          assertThat(d.getDate(Leases.FIELD)).isEqualTo(Date.from(start.plus(LEASE)));
          assertThat(d.getInteger("attempts")).isEqualTo(1);
        });
    machine.advance(LEASE.minusSeconds(1));
    assertThat(claims.claim("job-1", open(), new Update().inc("attempts", 1))).isEmpty();
    machine.advance(Duration.ofSeconds(1));
    assertThat(claims.claim("job-1", open(), new Update().inc("attempts", 1)))
        .hasValueSatisfying(d -> assertThat(d.getInteger("attempts")).isEqualTo(2));
  }

  @Test
  void aDocumentTheDecisionRefusesOrThatIsAbsentIsNotTouched() {
    job("job-2", "DONE");

    assertThat(claims.claim("job-2", open(), new Update().set("taken", true))).isEmpty();
    assertThat(claims.claim("no-such-job", open(), new Update().set("taken", true))).isEmpty();
    assertThat(mongo.findById("job-2", Document.class, "jobs"))
        .doesNotContainKeys(Leases.FIELD, "taken");
  }

  @Test
  void aChangeBetweenTheReadAndTheWriteDefeatsTheClaim() {
    job("job-3", "OPEN");

    var claimed =
        claims.claim(
            "job-3",
            d -> {
              // Someone cancels the job while this claim decides.
              mongo.updateFirst(
                  query(where("_id").is("job-3")), Update.update("status", "CANCELLED"), "jobs");
              return "OPEN".equals(d.getString("status"));
            },
            new Update().set("taken", true));

    assertThat(claimed).isEmpty();
    assertThat(mongo.findById("job-3", Document.class, "jobs"))
        .containsEntry("status", "CANCELLED")
        .doesNotContainKeys(Leases.FIELD, "taken");
  }

  @Test
  void aClaimReadsAndWritesOneDocumentWhateverTheSizeOfTheCollection() {
    mongo
        .getCollection("jobs")
        .insertMany(
            IntStream.range(0, 2_000)
                .mapToObj(i -> new Document("_id", "other-" + i).append("status", "OPEN"))
                .toList());
    job("job-4", "OPEN");
    store.reset();

    assertThat(claims.claim("job-4", open(), new Update())).isPresent();
    assertThat(store.examined("jobs")).isLessThanOrEqualTo(3);
  }

  private static java.util.function.Predicate<Document> open() {
    return d -> "OPEN".equals(d.getString("status"));
  }

  private void job(String id, String status) {
    mongo.insert(new Document("_id", id).append("status", status), "jobs");
  }
}
