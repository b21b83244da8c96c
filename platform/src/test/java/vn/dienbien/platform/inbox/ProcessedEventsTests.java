package vn.dienbien.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.testsupport.store.ExaminingStore;

/**
 * The inbox's dedupe is a point operation on the embedded store whatever the size of its
 * collection, and still refuses a duplicate. The first test pins why {@code MongoTemplate.exists}
 * could not stay: it examines every document.
 */
class ProcessedEventsTests {

  private static final int STORED = 2_000;

  private final ExaminingStore store = ExaminingStore.start();
  private final MongoClient client = MongoClients.create(store.uri("inbox"));
  private final MongoTemplate mongo = new MongoTemplate(client, "inbox");
  private final ProcessedEvents processed = new ProcessedEvents(mongo, Clock.systemUTC());

  @BeforeEach
  void fill() {
    mongo
        .getCollection(ProcessedEvents.COLLECTION)
        .insertMany(
            IntStream.range(0, STORED)
                .mapToObj(i -> new Document("_id", "group:old-" + i).append("type", "t"))
                .toList());
    store.reset();
  }

  @AfterEach
  void stop() {
    client.close();
    store.close();
  }

  @Test
  void templateExistsExaminesEveryDocument() {
    assertThat(mongo.exists(query(where("_id").is("group:old-7")), ProcessedEvents.COLLECTION))
        .isTrue();
    assertThat(examined()).isEqualTo(STORED);
  }

  @Test
  void aHandledEventIsFoundByOneLookup() {
    assertThat(processed.handled("group:old-1234")).isTrue();
    assertThat(examined()).isEqualTo(1);
    assertThat(processed.handled("group:new")).isFalse();
    assertThat(examined()).isZero();
  }

  @Test
  void aRememberedEventIsADuplicateAfterwardsAndRememberingItAgainIsHarmless() {
    assertThat(processed.handled("group:e-1")).isFalse();
    processed.remember("group:e-1", "t");
    assertThat(processed.handled("group:e-1")).isTrue();
    assertThat(processed.handled("other-group:e-1")).isFalse();

    processed.remember("group:e-1", "t");
    assertThat(mongo.getCollection(ProcessedEvents.COLLECTION).countDocuments())
        .isEqualTo(STORED + 1);
  }

  private long examined() {
    long examined = store.examined(ProcessedEvents.COLLECTION);
    store.reset();
    return examined;
  }
}
