package vn.dienbien.report.detection;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Checkpoints grouped in time buckets: one document per slot, {@code _id = "slot:<epochMillis>"},
 * holding {@code {o: obligationId, at: instant}} entries. The sweep reads the few buckets between
 * its cursor and now by {@code _id}, so its cost follows the checkpoints that are due, not the size
 * of the schedule: the embedded store serves only exact {@code _id} lookups from an index (a {@code
 * _id} range query scans every document there). A checkpoint already past goes to the current slot,
 * which the sweep re-reads until one slot after it has passed. Writes are per bucket, not per
 * checkpoint: the sweep hands a whole batch of next checkpoints to {@link #addAll} (one {@code
 * $push $each} per bucket touched) and removes what it handled with one {@code $pullAll}.
 */
class DueSchedule {

  static final String COLLECTION = "due_schedule";
  private static final String CURSOR = "cursor";

  record Entry(String obligationId, Instant at) {
    Document toDocument() {
      return new Document("o", obligationId).append("at", Date.from(at));
    }
  }

  private final MongoTemplate mongo;
  private final Clock clock;
  private final long slotMillis;

  DueSchedule(MongoTemplate mongo, Clock clock, long slotMillis) {
    this.mongo = mongo;
    this.clock = clock;
    this.slotMillis = slotMillis;
  }

  void add(String obligationId, Instant at) {
    addAll(List.of(new Entry(obligationId, at)));
  }

  /**
   * Schedules {@code entries} with one upsert per bucket. {@code $push} rather than {@code
   * $addToSet}: a duplicate checkpoint is harmless (the reminder writes are guarded and {@code
   * $pullAll} removes every copy), while {@code $addToSet} compares against the whole bucket.
   */
  void addAll(Collection<Entry> entries) {
    Map<Long, List<Document>> bySlot = new LinkedHashMap<>();
    long current = currentSlot();
    for (Entry entry : entries) {
      long slot = Math.max(slotOf(entry.at().toEpochMilli()), current);
      bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(entry.toDocument());
    }
    bySlot.forEach((slot, docs) -> {
      Update update =
          new Update()
              .push("entries")
              .each(docs.toArray())
              .setOnInsert("slotStart", new Date(slot));
      mongo.upsert(query(where("_id").is(key(slot))), update, COLLECTION);
    });
  }

  /** The buckets of the slots {@code from..to} that exist, read in one {@code _id $in} query. */
  Map<Long, List<Entry>> buckets(long from, long to) {
    List<String> keys = new ArrayList<>();
    for (long slot = from; slot <= to; slot += slotMillis) {
      keys.add(key(slot));
    }
    Map<Long, List<Entry>> buckets = new HashMap<>();
    for (Document bucket : mongo.find(query(where("_id").in(keys)), Document.class, COLLECTION)) {
      long slot = Long.parseLong(bucket.getString("_id").substring("slot:".length()));
      buckets.put(
          slot,
          bucket.getList("entries", Document.class, List.of()).stream()
              .map(d -> new Entry(d.getString("o"), d.getDate("at").toInstant()))
              .toList());
    }
    return buckets;
  }

  void remove(long slot, List<Entry> done) {
    if (!done.isEmpty()) {
      Update update =
          new Update().pullAll("entries", done.stream().map(Entry::toDocument).toArray());
      mongo.updateFirst(query(where("_id").is(key(slot))), update, COLLECTION);
    }
  }

  void drop(long slot) {
    mongo.remove(query(where("_id").is(key(slot))), COLLECTION);
  }

  /** The first slot that may still hold entries; slots before it are empty. */
  long cursor() {
    Document cursor = mongo.findById(CURSOR, Document.class, COLLECTION);
    return cursor == null ? currentSlot() - slotMillis : cursor.getLong("slot");
  }

  void moveCursor(long slot) {
    mongo.upsert(query(where("_id").is(CURSOR)), new Update().set("slot", slot), COLLECTION);
  }

  long currentSlot() {
    return slotOf(clock.millis());
  }

  long slotMillis() {
    return slotMillis;
  }

  private long slotOf(long epochMillis) {
    return Math.floorDiv(epochMillis, slotMillis) * slotMillis;
  }

  static String key(long slot) {
    return "slot:%013d".formatted(slot);
  }
}
