package vn.dienbien.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.platform.due.GuardIndexes;
import vn.dienbien.platform.store.PointReads;

/**
 * {@link Outbox} on MongoDB. Write order: markers first, then the aggregate with its events in one
 * update. A crash between the two leaves only markers without events, which the relay discards.
 */
class MongoOutbox implements Outbox {

  private final MongoTemplate mongo;
  private final Markers markers;
  private final Runnable wakeRelay;
  private final QueryMapper queryMapper;
  private final OutboxEntries outboxEntries;
  private final Set<String> versionGuards = ConcurrentHashMap.newKeySet();

  MongoOutbox(
      MongoTemplate mongo, Clock clock, Markers markers, Runnable wakeRelay, CurrentStates states) {
    this.mongo = mongo;
    this.markers = markers;
    this.wakeRelay = wakeRelay;
    this.queryMapper = new QueryMapper(mongo.getConverter());
    this.outboxEntries = new OutboxEntries(clock, states);
  }

  @Override
  public <T> T save(T aggregate, List<? extends DomainEvent> events) {
    AggregateDocument<T> stored = new AggregateDocument<>(mongo, aggregate);
    if (stored.versioned()) {
      return saveVersioned(stored, aggregate.getClass(), events);
    }
    List<OutboxEntry> entries = outboxEntries.of(events, stored.collection, stored.id);
    markers.write(entries, stored.collection, stored.id);
    Update update = stored.replacement();
    pushEntries(update, entries);
    mongo.upsert(query(where("_id").is(stored.id)), update, stored.collection);
    wake(entries);
    return aggregate;
  }

  /**
   * Compare-and-set on the version: the write matches the document only at the version read, by a
   * unique index on {@code {_id, version}} (a lookup on the embedded store, not a scan).
   */
  private <T> T saveVersioned(
      AggregateDocument<T> stored, Class<?> type, List<? extends DomainEvent> events) {
    Long version = stored.version();
    if (version == null) {
      T created = stored.withVersion(0);
      if (!insertIfAbsent(created, events)) {
        throw new OptimisticLockingFailureException(
            type.getSimpleName() + " " + stored.id + " exists already");
      }
      return created;
    }
    String field = stored.versionField();
    if (versionGuards.add(stored.collection)) {
      GuardIndexes.ensure(mongo, stored.collection, List.of(field));
    }
    if (!writeAt(stored, type, field, version, events)) {
      throw new OptimisticLockingFailureException(
          type.getSimpleName() + " " + stored.id + " changed since version " + version);
    }
    return stored.withVersion(version + 1);
  }

  /**
   * The guarded write at {@code version}; from 0 also of a document stored without the field, as an
   * instance older than its type's version still writes one during a rolling upgrade: it reads as
   * version 0 and this write gives it version 1, no migration needed first. That guard is tried
   * only when the first matched nothing, so the usual write stays one index lookup.
   */
  private boolean writeAt(
      AggregateDocument<?> stored,
      Class<?> type,
      String field,
      long version,
      List<? extends DomainEvent> events) {
    Query atVersion = query(where("_id").is(stored.id).and(field).is(version));
    if (update(type, atVersion, stored.replacement().set(field, version + 1), events)) {
      return true;
    }
    Query withoutVersion = query(where("_id").is(stored.id).and(field).exists(false));
    return version == 0
        && update(type, withoutVersion, stored.replacement().set(field, version + 1), events);
  }

  @Override
  public boolean insertIfAbsent(Object aggregate, List<? extends DomainEvent> events) {
    AggregateDocument<Object> stored = new AggregateDocument<>(mongo, aggregate);
    if (PointReads.exists(mongo, stored.collection, stored.id)) {
      return false;
    }
    List<OutboxEntry> entries = outboxEntries.of(events, stored.collection, stored.id);
    List<PendingMarker> written = markers.write(entries, stored.collection, stored.id);
    Update update = stored.insertion();
    update.setOnInsert(OutboxEntry.FIELD, entries.stream().map(OutboxEntry::toDocument).toList());
    boolean inserted;
    try {
      UpdateResult result =
          mongo.upsert(query(where("_id").is(stored.id)), update, stored.collection);
      inserted = result.getUpsertedId() != null;
    } catch (DuplicateKeyException raced) {
      inserted = false;
    }
    if (inserted) {
      wake(entries);
    } else {
      // Another instance inserted it first, with events of the same ids and its own markers.
      markers.remove(written);
    }
    return inserted;
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
    Object pinned = pinnedId(mappedGuard);
    Object id = pinned != null ? pinned : matchedId(collection, mappedGuard);
    if (id == null) {
      return false;
    }
    List<OutboxEntry> entries = outboxEntries.of(events, collection, id);
    List<PendingMarker> written = markers.write(entries, collection, id);
    pushEntries(update, entries);
    // Pin the write to the document found; a guard that already names the _id is used as it is.
    Query exact =
        guard.getQueryObject().containsKey("_id") || pinned != null
            ? guard
            : Query.of(guard).addCriteria(where("_id").is(id));
    boolean updated = mongo.updateFirst(exact, update, type, collection).getMatchedCount() == 1;
    if (updated) {
      wake(entries);
    } else {
      markers.remove(written); // or, should this not happen, the relay drops them after a while
    }
    return updated;
  }

  /** The {@code _id} of the first document the guard matches, or null. */
  private Object matchedId(String collection, Document mappedGuard) {
    Document match =
        mongo
            .getCollection(collection)
            .find(mappedGuard)
            .projection(new Document("_id", 1))
            .first();
    return match == null ? null : match.get("_id");
  }

  /**
   * The {@code _id} a guard names by equality, or null. With it the write needs no read first: the
   * markers go to that id, and if the guard then matches nothing they are removed again.
   */
  private static Object pinnedId(Document mappedGuard) {
    Object id = mappedGuard.get("_id");
    return id instanceof Document || id instanceof java.util.regex.Pattern ? null : id;
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
