package vn.dienbien.platform.due;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.testsupport.store.ExaminingStore;

/** The due index keeps time order, loses nothing, and reads and writes by {@code _id} only. */
class DueIndexTests {

  private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  private final ExaminingStore store = ExaminingStore.start();
  private final MongoClient client = MongoClients.create(store.uri("due"));
  private final MongoTemplate mongo = new MongoTemplate(client, "due");
  private final MovableClock clock = new MovableClock(NOW);
  private final DueIndexes indexes = new DueIndexes(mongo);
  private final DueIndex index = indexes.open("checkpoints", HOUR, clock);

  @AfterEach
  void stop() {
    client.close();
    store.close();
  }

  @Test
  void entriesComeBackOnceDueInTimeOrder() {
    index.add(DueEntry.of("obligation-2", NOW.plus(Duration.ofMinutes(90))));
    index.add(DueEntry.of("obligation-1", NOW.plus(Duration.ofMinutes(30))));
    index.add(DueEntry.of("obligation-3", NOW.plus(Duration.ofHours(5))));

    assertThat(keys(index.due(NOW, 10))).isEmpty();
    assertThat(keys(index.due(NOW.plus(HOUR), 10))).containsExactly("obligation-1");
    assertThat(keys(index.due(NOW.plus(Duration.ofHours(2)), 10)))
        .containsExactly("obligation-1", "obligation-2");
    clock.advance(Duration.ofHours(6));
    assertThat(keys(index.due(clock.instant(), 10)))
        .containsExactly("obligation-1", "obligation-2", "obligation-3");
    assertThat(keys(index.due(clock.instant(), 2))).containsExactly("obligation-1", "obligation-2");
  }

  @Test
  void anEntryAddedAfterItsTimeIsDueAtOnceWithItsData() {
    Document data = new Document("collection", "tickets");
    index.add(DueEntry.of("late", NOW.minus(Duration.ofDays(30)), data));

    List<DueEntry> due = index.due(NOW, 10);
    assertThat(due).containsExactly(DueEntry.of("late", NOW.minus(Duration.ofDays(30)), data));
    assertThat(due.getFirst().data()).isEqualTo(data);
  }

  @Test
  void anEntryAddedTwiceComesBackOnceAndGoesWithEveryCopy() {
    DueEntry entry = DueEntry.of("twice", NOW.plus(HOUR));
    index.add(entry);
    index.add(DueEntry.of("other", NOW.plus(HOUR)));
    for (int i = 0; i < DuePages.PAGE_SIZE; i++) {
      index.add(entry); // copies on the next page as well
    }
    clock.advance(Duration.ofHours(2));

    assertThat(keys(index.due(clock.instant(), 2))).containsExactly("other", "twice");
    List<DueEntry> due = index.due(clock.instant(), 1);
    assertThat(keys(due)).containsExactly("other");
    index.removeAll(index.due(clock.instant(), 10).subList(1, 2));
    assertThat(keys(index.due(clock.instant(), 10))).containsExactly("other");
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void anEntryBuiltByTheCallerIsRemovedFromTheSlotOfItsTime() {
    index.add(DueEntry.of("recognition-7", NOW.plus(Duration.ofDays(300)), new Document("x", 1)));
    index.add(DueEntry.of("recognition-7", NOW.plus(Duration.ofDays(400))));

    index.remove(DueEntry.of("recognition-7", NOW.plus(Duration.ofDays(300))));

    clock.advance(Duration.ofDays(500));
    assertThat(index.due(clock.instant(), 10))
        .containsExactly(DueEntry.of("recognition-7", NOW.plus(Duration.ofDays(400))));
  }

  @Test
  void aPassOverEverythingDueSeesEachEntryOnceInOrder() {
    List<DueEntry> added = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      added.add(DueEntry.of("o-%04d".formatted(i), NOW.plus(Duration.ofMinutes(i % 300))));
    }
    index.addAll(added);
    clock.advance(Duration.ofHours(6));

    List<DueEntry> seen = new ArrayList<>();
    List<DueEntry> batch = index.due(clock.instant(), 64);
    while (!batch.isEmpty()) {
      seen.addAll(batch);
      batch = index.dueAfter(batch.getLast(), clock.instant(), 64);
    }
    assertThat(seen).hasSize(1_000).containsExactlyInAnyOrderElementsOf(added);
    assertThat(seen).isSortedAccordingTo(DueEntry.ORDER);
  }

  @Test
  void aCrowdedSlotSpreadsOverPagesAndIsReadWhole() {
    IntStream.range(0, 600)
        .forEach(i -> index.add(DueEntry.of("d-%03d".formatted(i), NOW.plusSeconds(i))));

    assertThat(
            mongo
                .getCollection("checkpoints")
                .countDocuments(new Document("n", new Document("$exists", true))))
        .isEqualTo(3);
    clock.advance(HOUR);
    assertThat(keys(index.due(clock.instant(), 1_000)))
        .hasSize(600)
        .startsWith("d-000", "d-001")
        .endsWith("d-599");
  }

  @Test
  void readsAndWritesArePointOperationsWhateverTheSizeOfTheIndex() {
    List<DueEntry> future = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      future.add(DueEntry.of("future-" + i, NOW.plus(Duration.ofHours(3 + i % 2_000))));
    }
    index.addAll(future);
    long documents = mongo.getCollection("checkpoints").countDocuments();
    assertThat(documents).isGreaterThan(2_000);
    store.reset();

    index.add(DueEntry.of("due-now", NOW.minusSeconds(1)));
    assertThat(store.examined("checkpoints")).isLessThanOrEqualTo(2);
    store.reset();

    List<DueEntry> due = index.due(NOW, 10);
    assertThat(keys(due)).containsExactly("due-now");
    index.removeAll(due);
    assertThat(store.examined("checkpoints")).isLessThanOrEqualTo(6);
  }

  @Test
  void emptySlotsAreDroppedOnceSettledAndTheCursorMovesPastThem() {
    index.add(DueEntry.of("a", NOW));
    index.removeAll(index.due(NOW, 10));
    clock.advance(Duration.ofHours(3));

    assertThat(index.due(clock.instant(), 10)).isEmpty();
    assertThat(mongo.getCollection("checkpoints").find().map(d -> d.getString("_id")))
        .containsExactly("cursor");
  }

  @Test
  void aClockSetBackAndForthLosesNothing() {
    clock.advance(Duration.ofDays(365));
    assertThat(index.due(clock.instant(), 10)).isEmpty(); // the cursor moves a year ahead
    clock.set(NOW);
    index.add(DueEntry.of("soon", NOW.plus(HOUR)));
    clock.advance(Duration.ofHours(2));
    assertThat(keys(index.due(clock.instant(), 10))).containsExactly("soon");
    clock.set(NOW.plus(Duration.ofDays(400)));
    assertThat(keys(index.due(clock.instant(), 10))).containsExactly("soon");
  }

  @Test
  void whatAnEarlierScheduleLeftIsAdoptedOnce() {
    mongo
        .getCollection("old_schedule")
        .insertMany(
            List.of(
                new Document("_id", "2026-11-20|r-1").append("recognitionId", "r-1"),
                new Document("_id", "2027-11-30|r-2").append("recognitionId", "r-2")));
    var entries =
        (java.util.function.Function<Document, List<DueEntry>>)
            d ->
                List.of(
                    DueEntry.of(
                        d.getString("recognitionId"),
                        Instant.parse(d.getString("_id").substring(0, 10) + "T00:00:00Z")));

    assertThat(indexes.adopt("old_schedule", index, entries)).isEqualTo(2);
    assertThat(mongo.collectionExists("old_schedule")).isFalse();
    assertThat(indexes.adopt("old_schedule", index, entries)).isZero();
    clock.set(Instant.parse("2028-01-01T00:00:00Z"));
    assertThat(keys(index.due(clock.instant(), 10))).containsExactly("r-1", "r-2");
  }

  private static List<String> keys(List<DueEntry> entries) {
    return entries.stream().map(DueEntry::key).toList();
  }
}
