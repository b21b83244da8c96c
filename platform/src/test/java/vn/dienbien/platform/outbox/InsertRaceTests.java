package vn.dienbien.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.platform.testapp.Ticket;
import vn.dienbien.testsupport.store.ExaminingStore;

/**
 * Two instances insert the same aggregate at once (both seed the units directory at startup): both
 * find it absent, and the second one's insert finds the first one's document. The loser must leave
 * nothing behind, in particular no marker of the winner's event (same deterministic id), which the
 * relay would otherwise read as a second pending copy of it.
 */
class InsertRaceTests {

  private final ExaminingStore store = ExaminingStore.start();
  private final AtomicBoolean raceArmed = new AtomicBoolean();
  private final MongoClient winnerClient = MongoClients.create(store.uri("race"));
  private final MongoTemplate winnerMongo = new MongoTemplate(winnerClient, "race");
  private final Outbox winner = outbox(winnerMongo);
  private final MongoClient loserClient =
      MongoClients.create(
          MongoClientSettings.builder()
              .applyConnectionString(new ConnectionString(store.uri("race")))
              .addCommandListener(new WinnerWritesFirst())
              .build());
  private final MongoTemplate loserMongo = new MongoTemplate(loserClient, "race");
  private final Outbox loser = outbox(loserMongo);
  private final DueIndex markerIndex =
      new DueIndexes(winnerMongo).open(Markers.COLLECTION, Markers.SLOT, Clock.systemUTC());

  @AfterEach
  void stop() {
    loserClient.close();
    winnerClient.close();
    store.close();
  }

  @Test
  void theInstanceLosingAnInsertRaceLeavesNoMarkerBehind() {
    raceArmed.set(true);

    boolean inserted = loser.insertIfAbsent(ticket("thua"), events());

    assertThat(raceArmed).as("the winner wrote between the loser's read and write").isFalse();
    assertThat(inserted).isFalse();
    Document stored = winnerMongo.findById("t-race", Document.class, "tickets");
    assertThat(stored.getString("status")).isEqualTo("thắng");
    assertThat(stored.getList(OutboxEntry.FIELD, Document.class)).hasSize(1);
    assertThat(markerIndex.size()).isEqualTo(1);
  }

  private static Ticket ticket(String status) {
    return new Ticket("t-race", "XA-RACE", status);
  }

  private static List<DomainEvent> events() {
    return List.of(
        IdentifiedEvent.of(
            PlatformTestApplication.unit("XA-RACE", "Xã Chạy Đua"), "unit:XA-RACE:created"));
  }

  private static Outbox outbox(MongoTemplate mongo) {
    DueIndex index =
        new DueIndexes(mongo).open(Markers.COLLECTION, Markers.SLOT, Clock.systemUTC());
    return new MongoOutbox(
        mongo, Clock.systemUTC(), new Markers(index), () -> {}, CurrentStates.none(mongo));
  }

  /** Just before the loser's insert reaches the store, the winner inserts the same aggregate. */
  private final class WinnerWritesFirst implements CommandListener {
    @Override
    public void commandStarted(CommandStartedEvent event) {
      if ("update".equals(event.getCommandName())
          && "tickets".equals(event.getCommand().getString("update").getValue())
          && raceArmed.compareAndSet(true, false)) {
        assertThat(winner.insertIfAbsent(ticket("thắng"), events())).isTrue();
      }
    }
  }
}
