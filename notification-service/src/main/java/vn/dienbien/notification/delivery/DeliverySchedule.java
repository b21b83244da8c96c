package vn.dienbien.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * When deliveries fall due, keyed by {@code _id = <due epoch millis, 13 digits>|<delivery id>}: the
 * due sweep is a range scan on {@code _id}, cheap on the embedded store, and the collection only
 * holds deliveries not yet finished. A new delivery is written before its entry (the sweep drops an
 * entry whose delivery it cannot find); the sweep's own moves (retry, deferral) write the new entry
 * before the state change. An entry whose delivery moved on is simply dropped.
 */
@Component
class DeliverySchedule {

  static final String COLLECTION = "delivery_schedule";

  private final MongoTemplate mongo;

  DeliverySchedule(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  void add(Instant due, String deliveryId) {
    Document entry = new Document("_id", key(due, deliveryId)).append("deliveryId", deliveryId);
    mongo
        .getCollection(COLLECTION)
        .replaceOne(
            new Document("_id", entry.get("_id")),
            entry,
            new com.mongodb.client.model.ReplaceOptions().upsert(true));
  }

  List<Entry> due(Instant now, int limit) {
    Query due =
        query(where("_id").lt(String.format("%013d|", now.toEpochMilli() + 1)))
            .with(Sort.by("_id"))
            .limit(limit);
    return mongo.find(due, Document.class, COLLECTION).stream()
        .map(d -> new Entry(d.getString("_id"), d.getString("deliveryId")))
        .toList();
  }

  void remove(Entry entry) {
    mongo.remove(query(where("_id").is(entry.key())), COLLECTION);
  }

  long size() {
    return mongo.getCollection(COLLECTION).estimatedDocumentCount();
  }

  private static String key(Instant due, String deliveryId) {
    return String.format("%013d|%s", due.toEpochMilli(), deliveryId);
  }

  record Entry(String key, String deliveryId) {}
}
