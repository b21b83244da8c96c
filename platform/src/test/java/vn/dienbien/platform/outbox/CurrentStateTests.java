package vn.dienbien.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.EventCatalog;
import vn.dienbien.contracts.EventSchemas;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.contracts.report.ObligationCurrentState;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;
import vn.dienbien.testsupport.store.ExaminingStore;

/**
 * {@link StateTopic}: every outbox write to a collection with a state topic carries a state entry
 * in the same document write, and the relay renders it from the document as stored, whichever
 * fields the write touched.
 */
class CurrentStateTests {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZONE);

  private final ExaminingStore store = ExaminingStore.start();
  private final MongoClient client = MongoClients.create(store.uri("states"));
  private final MongoTemplate mongo = new MongoTemplate(client, "states");
  private final DueIndex markerIndex =
      new DueIndexes(mongo).open(Markers.COLLECTION, Markers.SLOT, Clock.systemUTC());
  private final Markers markers = new Markers(markerIndex);
  private final CurrentStates states =
      new CurrentStates(
          mongo,
          CLOCK,
          List.of(StateTopic.of(Dossier.class, ObligationCurrentState.TYPE, Dossier::state)));
  private final Outbox outbox = new MongoOutbox(mongo, CLOCK, markers, () -> {}, states);
  private final PendingEvents pending = new PendingEvents(mongo, markers, states);

  @org.springframework.data.mongodb.core.mapping.Document("dossiers")
  record Dossier(@Id String id, @Version Long version, String unitId, String status) {
    ObligationCurrentState state() {
      return new ObligationCurrentState(
          id,
          "asg-1",
          "dir-1",
          "11-CT/TU",
          "task-1",
          "11.7a",
          unitId,
          "2026-Q1",
          "Quý I/2026",
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 3, 1),
          LocalDate.of(2026, 3, 20),
          LocalDate.of(2026, 3, 20),
          OffsetDateTime.of(2026, 3, 21, 0, 0, 0, 0, ZONE.getRules().getOffset(Instant.EPOCH)),
          true,
          ObligationCurrentState.State.valueOf(status),
          0,
          0,
          null,
          version == null ? 0 : version);
    }
  }

  @org.springframework.data.mongodb.core.mapping.Document("notes")
  record Note(@Id String id, String unitId) {}

  @AfterEach
  void stop() {
    client.close();
    store.close();
  }

  @Test
  void everyWriteCarriesAStateEntryTheRelayRendersFromTheStoredDocument() {
    outbox.insertIfAbsent(new Dossier("d-1", 0L, "XA-NA-HY", "OPEN"), List.of(unit("tạo")));
    outbox.update(
        Dossier.class,
        query(where("_id").is("d-1").and("status").is("OPEN")),
        new Update().set("status", "SUBMITTED").inc("version", 1),
        List.of());
    outbox.save(new Dossier("d-1", 1L, "XA-NA-HY", "ACCEPTED"), List.of(unit("duyệt")));

    Document stored = mongo.findById("d-1", Document.class, "dossiers");
    List<Document> entries = stored.getList(OutboxEntry.FIELD, Document.class);
    assertThat(entries)
        .extracting(e -> e.getString("topic"))
        .containsExactly(
            Topics.DIRECTIVE_EVENTS,
            Topics.OBLIGATION_STATE,
            Topics.OBLIGATION_STATE,
            Topics.DIRECTIVE_EVENTS,
            Topics.OBLIGATION_STATE);
    assertThat(entries.stream().filter(e -> e.getString("topic").equals(Topics.OBLIGATION_STATE)))
        .allSatisfy(e -> assertThat(e).containsEntry("key", "d-1").containsEntry("value", null));
    assertThat(markerIndex.size()).isEqualTo(5);

    List<PendingEvents.Pending> batch = pending.next(10, Instant.now());
    List<OutboxEntry> rendered =
        batch.stream()
            .map(PendingEvents.Pending::entry)
            .filter(e -> e.topic().equals(Topics.OBLIGATION_STATE))
            .toList();
    assertThat(rendered).hasSize(3);
    for (OutboxEntry entry : rendered) {
      CloudEvent event = CloudEventCodec.decode(entry.value().getBytes(StandardCharsets.UTF_8));
      assertThat(entry.key()).isEqualTo("d-1").isEqualTo(event.getSubject());
      assertThat(event.getId()).isEqualTo(entry.eventId());
      assertThat(event.getSource()).hasToString("/report-service");
      assertThat(EventSchemas.violations(EventCatalog.of(state(event)), event.getData().toBytes()))
          .isEmpty();
      // Rendered from the document as it is now: the latest state, version 2.
      assertThat(state(event).state()).isEqualTo(ObligationCurrentState.State.ACCEPTED);
      assertThat(state(event).version()).isEqualTo(2);
    }
    pending.markPublished(batch);
    assertThat(mongo.findById("d-1", Document.class, "dossiers").get(OutboxEntry.FIELD))
        .asList()
        .isEmpty();
    assertThat(markerIndex.size()).isZero();
  }

  @Test
  void aGuardThatMatchesNothingLeavesNoStateEntryAndNoMarker() {
    outbox.insertIfAbsent(new Dossier("d-2", 0L, "XA-NA-HY", "OPEN"), List.of());
    pending.markPublished(pending.next(10, Instant.now()));

    boolean updated =
        outbox.update(
            Dossier.class,
            query(where("_id").is("d-2").and("status").is("CLOSED")),
            new Update().set("status", "SUBMITTED"),
            List.of());

    assertThat(updated).isFalse();
    assertThat(markerIndex.size()).isZero();
    assertThat(mongo.findById("d-2", Document.class, "dossiers").get(OutboxEntry.FIELD))
        .asList()
        .isEmpty();
  }

  @Test
  void aCollectionWithoutAStateTopicGetsNoStateEntry() {
    outbox.insertIfAbsent(new Note("n-1", "XA-NA-HY"), List.of(unit("ghi")));

    assertThat(
            mongo
                .findById("n-1", Document.class, "notes")
                .getList(OutboxEntry.FIELD, Document.class))
        .extracting(e -> e.getString("topic"))
        .containsExactly(Topics.DIRECTIVE_EVENTS);
  }

  @Test
  void aStateTopicMustNameACurrentStateType() {
    assertThatThrownBy(() -> StateTopic.of(Note.class, UnitChanged.TYPE, n -> unit("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a current-state topic");
  }

  private static ObligationCurrentState state(CloudEvent event) {
    return CloudEventCodec.data(event, ObligationCurrentState.class);
  }

  private static UnitChanged unit(String name) {
    return new UnitChanged(
        "XA-NA-HY",
        name,
        "COMMUNE",
        UnitChanged.Level.COMMUNE,
        null,
        true,
        UnitChanged.Change.CREATED,
        null);
  }
}
