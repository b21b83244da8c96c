package vn.dienbien.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.result.UpdateResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.EventCatalog;

/**
 * {@link Outbox} on MongoDB. Write order: markers first, then the aggregate with its events in one
 * update. A crash between the two leaves only markers without events, which the relay discards.
 */
class MongoOutbox implements Outbox {

  private final MongoTemplate mongo;
  private final Clock clock;
  private final Runnable wakeRelay;
  private final AtomicLong sequence = new AtomicLong();
  private final QueryMapper queryMapper;

  MongoOutbox(MongoTemplate mongo, Clock clock, Runnable wakeRelay) {
    this.mongo = mongo;
    this.clock = clock;
    this.wakeRelay = wakeRelay;
    this.queryMapper = new QueryMapper(mongo.getConverter());
  }

  @Override
  public void save(Object aggregate, List<? extends DomainEvent> events) {
    Document doc = toDocument(aggregate);
    Object id = doc.get("_id");
    String collection = mongo.getCollectionName(aggregate.getClass());
    List<OutboxEntry> entries = entries(events);
    writeMarkers(entries, collection, id);
    Update update = new Update();
    doc.forEach((field, value) -> {
      if (!"_id".equals(field) && !OutboxEntry.FIELD.equals(field)) {
        update.set(field, value);
      }
    });
    pushEntries(update, entries);
    mongo.upsert(query(where("_id").is(id)), update, collection);
    wake(entries);
  }

  @Override
  public boolean insertIfAbsent(Object aggregate, List<? extends DomainEvent> events) {
    Document doc = toDocument(aggregate);
    Object id = doc.get("_id");
    String collection = mongo.getCollectionName(aggregate.getClass());
    if (mongo.exists(query(where("_id").is(id)), collection)) {
      return false;
    }
    List<OutboxEntry> entries = entries(events);
    writeMarkers(entries, collection, id);
    Update update = new Update();
    doc.forEach((field, value) -> {
      if (!"_id".equals(field) && !OutboxEntry.FIELD.equals(field)) {
        update.setOnInsert(field, value);
      }
    });
    update.setOnInsert(OutboxEntry.FIELD, entries.stream().map(OutboxEntry::toDocument).toList());
    try {
      UpdateResult result = mongo.upsert(query(where("_id").is(id)), update, collection);
      boolean inserted = result.getUpsertedId() != null;
      if (inserted) {
        wake(entries);
      }
      return inserted;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  @Override
  public boolean update(
      Class<?> type, Query guard, Update update, List<? extends DomainEvent> events) {
    String collection = mongo.getCollectionName(type);
    // Map the guard through the entity's metadata (e.g. an embedded record's id is stored as _id).
    Document mappedGuard =
        queryMapper.getMappedObject(
            guard.getQueryObject(),
            mongo.getConverter().getMappingContext().getPersistentEntity(type));
    Document match =
        mongo
            .getCollection(collection)
            .find(mappedGuard)
            .projection(new Document("_id", 1))
            .first();
    if (match == null) {
      return false;
    }
    Object id = match.get("_id");
    List<OutboxEntry> entries = entries(events);
    writeMarkers(entries, collection, id);
    pushEntries(update, entries);
    // Pin the write to the document found; a guard that already names the _id is used as it is.
    Query exact =
        guard.getQueryObject().containsKey("_id")
            ? guard
            : Query.of(guard).addCriteria(where("_id").is(id));
    boolean updated = mongo.updateFirst(exact, update, type, collection).getMatchedCount() == 1;
    if (updated) {
      wake(entries);
    }
    return updated;
  }

  private Document toDocument(Object aggregate) {
    Document doc = new Document();
    mongo.getConverter().write(aggregate, doc);
    if (doc.get("_id") == null) {
      throw new IllegalArgumentException(
          aggregate.getClass().getSimpleName() + " needs an id before it is saved");
    }
    return doc;
  }

  private List<OutboxEntry> entries(List<? extends DomainEvent> events) {
    Instant now = clock.instant();
    OffsetDateTime time = OffsetDateTime.ofInstant(now, clock.getZone());
    return events.stream()
        .map(event -> {
          UUID id = EventIds.idFor(event);
          DomainEvent payload = EventIds.payloadOf(event);
          String topic = EventCatalog.of(payload).topic();
          String value =
              new String(CloudEventCodec.encode(payload, id, time), StandardCharsets.UTF_8);
          return new OutboxEntry(id.toString(), event.type(), topic, event.unitId(), value, now);
        })
        .toList();
  }

  private void writeMarkers(List<OutboxEntry> entries, String collection, Object documentId) {
    if (entries.isEmpty()) {
      return;
    }
    Instant now = Instant.now(); // machine time: the relay ages markers against it
    List<Document> markers =
        entries.stream()
            .map(e ->
                PendingMarker.of(
                        e.eventId(), collection, documentId, now, sequence.incrementAndGet())
                    .toDocument())
            .toList();
    mongo.getCollection(PendingMarker.COLLECTION).insertMany(markers);
  }

  private static void pushEntries(Update update, List<OutboxEntry> entries) {
    if (!entries.isEmpty()) {
      update.push(OutboxEntry.FIELD).each(entries.stream().map(OutboxEntry::toDocument).toArray());
    }
  }

  private void wake(List<OutboxEntry> entries) {
    if (!entries.isEmpty()) {
      wakeRelay.run();
    }
  }
}
