package vn.dienbien.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;
import vn.dienbien.testsupport.store.ExaminingStore;

/**
 * {@link Outbox#save}: optimistic for a versioned aggregate, its events in the same write, and
 * nothing written at all when the version no longer matches.
 */
class VersionedSaveTests {

  private final ExaminingStore store = ExaminingStore.start();
  private final List<String> commands = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final MongoClient client =
      MongoClients.create(
          com.mongodb.MongoClientSettings.builder()
              .applyConnectionString(new com.mongodb.ConnectionString(store.uri("outbox")))
              .addCommandListener(
                  new com.mongodb.event.CommandListener() {
                    @Override
                    public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
                      commands.add(event.getCommandName());
                    }
                  })
              .build());
  private final MongoTemplate mongo = new MongoTemplate(client, "outbox");
  private final DueIndex markerIndex =
      new DueIndexes(mongo).open(Markers.COLLECTION, Markers.SLOT, Clock.systemUTC());
  private final Outbox outbox =
      new MongoOutbox(
          mongo, Clock.systemUTC(), new Markers(markerIndex), () -> {}, CurrentStates.none(mongo));

  @org.springframework.data.mongodb.core.mapping.Document("dossiers")
  record Dossier(@Id String id, @Version Long version, String unitId, String note) {}

  @AfterEach
  void stop() {
    client.close();
    store.close();
  }

  @Test
  void eachSaveMovesTheVersionOnAndStoresItsEventsWithTheChange() {
    Dossier created = outbox.save(new Dossier("d-1", null, "XA-NA-HY", "mở"), events("tạo"));
    assertThat(created.version()).isZero();
    Dossier changed = outbox.save(new Dossier("d-1", 0L, "XA-NA-HY", "đã xem"), events("xem"));

    assertThat(changed.version()).isEqualTo(1);
    Document stored = mongo.findById("d-1", Document.class, "dossiers");
    assertThat(stored).containsEntry("version", 1L).containsEntry("note", "đã xem");
    assertThat(stored.getList(OutboxEntry.FIELD, Document.class)).hasSize(2);
    assertThat(markerIndex.size()).isEqualTo(2);
  }

  /**
   * A change of a versioned aggregate with an event costs two round trips: its marker, then the
   * guarded write; no read of the guard first. A stale one removes its marker again.
   */
  @Test
  void aChangeIsTheMarkerAndTheGuardedWriteOnly() {
    outbox.save(new Dossier("d-4", null, "XA-NA-HY", "mở"), events("tạo"));
    outbox.save(new Dossier("d-4", 0L, "XA-NA-HY", "đã xem"), events("xem")); // makes the index
    commands.clear();
    outbox.save(new Dossier("d-4", 1L, "XA-NA-HY", "đã duyệt"), events("duyệt"));
    assertThat(commands).containsExactly("findAndModify", "update");

    commands.clear();
    assertThatThrownBy(() -> outbox.save(new Dossier("d-4", 1L, "XA-NA-HY", "cũ"), events("cũ")))
        .isInstanceOf(OptimisticLockingFailureException.class);
    // marker, guarded write that matched nothing, then the marker taken out again (read, pull)
    assertThat(commands).containsExactly("findAndModify", "update", "find", "update");
    assertThat(markerIndex.size()).isEqualTo(3);
  }

  @Test
  void aSaveFromAStaleReadWritesNothing() {
    outbox.save(new Dossier("d-2", null, "XA-NA-HY", "mở"), events("tạo"));
    outbox.save(new Dossier("d-2", 0L, "XA-NA-HY", "người thứ nhất"), events("một"));

    assertThatThrownBy(
            () -> outbox.save(new Dossier("d-2", 0L, "XA-NA-HY", "người thứ hai"), events("hai")))
        .isInstanceOf(OptimisticLockingFailureException.class);
    assertThatThrownBy(
            () -> outbox.save(new Dossier("d-2", null, "XA-NA-HY", "tạo lại"), events("lại")))
        .isInstanceOf(OptimisticLockingFailureException.class);
    Document stored = mongo.findById("d-2", Document.class, "dossiers");
    assertThat(stored).containsEntry("note", "người thứ nhất").containsEntry("version", 1L);
    assertThat(stored.getList(OutboxEntry.FIELD, Document.class)).hasSize(2);
    assertThat(markerIndex.size()).isEqualTo(2);
  }

  @Test
  void aPropertyLeftNullIsRemovedFromTheStoredDocument() {
    outbox.save(new Dossier("d-3", null, "XA-NA-HY", "ghi chú"), List.of());
    outbox.save(new Dossier("d-3", 0L, "XA-NA-HY", null), List.of());

    assertThat(mongo.findById("d-3", Document.class, "dossiers")).doesNotContainKey("note");
  }

  @Test
  void aVersionedSaveReadsAndWritesOneDocumentWhateverTheSizeOfTheCollection() {
    storeOthers(1_000);
    outbox.save(new Dossier("d-4", null, "XA-NA-HY", "mở"), List.of());
    outbox.save(new Dossier("d-4", 0L, "XA-NA-HY", "một"), events("một"));
    store.reset();

    outbox.save(new Dossier("d-4", 1L, "XA-NA-HY", "hai"), events("hai"));
    assertThat(store.examined("dossiers")).isLessThanOrEqualTo(2);
  }

  /**
   * A document stored without the version (an older instance still writing during a rolling
   * upgrade) is saved from version 0 like one at 0, and then has version 1; one at a later version
   * is still not matched by a save from 0. A save from 0 of a document at 0 stays one lookup.
   */
  @Test
  void aDocumentStoredWithoutAVersionIsSavedFromVersionZero() {
    storeOthers(1_000);
    outbox.save(new Dossier("d-4", null, "XA-NA-HY", "mở"), List.of());
    mongo.insert(new Document("_id", "d-5").append("unitId", "XA-NA-HY"), "dossiers");
    outbox.save(new Dossier("d-6", null, "XA-NA-HY", "mở"), List.of());
    outbox.save(new Dossier("d-6", 0L, "XA-NA-HY", "một"), List.of()); // makes the index
    store.reset();
    outbox.save(new Dossier("d-4", 0L, "XA-NA-HY", "một"), events("một"));
    assertThat(store.examined("dossiers")).isLessThanOrEqualTo(2);

    Dossier saved = outbox.save(new Dossier("d-5", 0L, "XA-NA-HY", "đã xem"), events("xem"));

    assertThat(saved.version()).isEqualTo(1);
    Document stored = mongo.findById("d-5", Document.class, "dossiers");
    assertThat(stored).containsEntry("version", 1L).containsEntry("note", "đã xem");
    assertThat(stored.getList(OutboxEntry.FIELD, Document.class)).hasSize(1);
    assertThatThrownBy(() -> outbox.save(new Dossier("d-5", 0L, "XA-NA-HY", "cũ"), List.of()))
        .isInstanceOf(OptimisticLockingFailureException.class);
  }

  /** {@code count} other dossiers in the collection, for the guards to pass over. */
  private void storeOthers(int count) {
    mongo.insertAll(
        java.util.stream.IntStream.range(0, count)
            .mapToObj(i -> new Dossier("other-" + i, 0L, "XA-NA-HY", "khác"))
            .toList());
  }

  private static List<UnitChanged> events(String name) {
    return List.of(
        new UnitChanged(
            "XA-NA-HY",
            "Xã Nà Hỳ " + name,
            "xã",
            UnitChanged.Level.COMMUNE,
            null,
            true,
            UnitChanged.Change.UPDATED,
            "tester"));
  }
}
