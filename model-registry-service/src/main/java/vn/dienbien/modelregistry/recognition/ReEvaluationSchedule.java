package vn.dienbien.modelregistry.recognition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.dienbien.platform.due.DueEntry;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;

/**
 * Upcoming re-evaluations in a due index ({@value #COLLECTION}, entry key = recognition id, time =
 * the due date), so the sweep costs what is due, not the registry's size. An entry is an intent:
 * written before the model, checked against the model when it fires, deleted when handled.
 */
@Component
class ReEvaluationSchedule {

  static final String COLLECTION = "re_evaluation_due";

  /** One document per entry, {@code _id = <due date>|<recognition id>}: earlier versions. */
  static final String LEGACY_COLLECTION = "re_evaluation_schedule";

  private final DueIndex index;

  ReEvaluationSchedule(DueIndexes indexes, Clock clock) {
    this.index = indexes.open(COLLECTION, Duration.ofDays(1), clock);
    indexes.adopt(
        LEGACY_COLLECTION,
        index,
        old ->
            List.of(
                entry(
                    old.getString("modelId"),
                    old.getString("recognitionId"),
                    LocalDate.parse(old.getString("_id").substring(0, 10)))));
  }

  /** How long after planning an entry waits for its model write (machine time). */
  private static final Duration WRITE_UNDER_WAY = Duration.ofMinutes(5);

  /** A re-evaluation due on {@code dueDate} for recognition {@code recognitionId}. */
  record Entry(DueEntry due) {

    /** Planned so recently that the model write which follows it may still be under way. */
    boolean justPlanned() {
      Date planned = due.data().getDate("planned");
      return planned != null && planned.toInstant().isAfter(Instant.now().minus(WRITE_UNDER_WAY));
    }

    String recognitionId() {
      return due.key();
    }

    String modelId() {
      return due.data().getString("model");
    }

    LocalDate dueDate() {
      return LocalDate.ofInstant(due.at(), ZoneOffset.UTC);
    }
  }

  void plan(String modelId, String recognitionId, LocalDate dueDate) {
    index.add(entry(modelId, recognitionId, dueDate));
  }

  /** Entries due on or before {@code until}, earliest first. */
  List<Entry> dueBy(LocalDate until, int limit) {
    return index.due(instant(until), limit).stream().map(Entry::new).toList();
  }

  /** The next entries due on or before {@code until}, after {@code last}. */
  List<Entry> dueAfter(Entry last, LocalDate until, int limit) {
    return index.dueAfter(last.due(), instant(until), limit).stream().map(Entry::new).toList();
  }

  void remove(Entry entry) {
    index.remove(entry.due());
  }

  /** Removes the entry of that date (found unless it was planned after its date had passed). */
  void cancel(String recognitionId, LocalDate dueDate) {
    index.remove(DueEntry.of(recognitionId, instant(dueDate)));
  }

  private static DueEntry entry(String modelId, String recognitionId, LocalDate dueDate) {
    return DueEntry.of(
        recognitionId,
        instant(dueDate),
        new Document("model", modelId).append("planned", new Date()));
  }

  private static Instant instant(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
