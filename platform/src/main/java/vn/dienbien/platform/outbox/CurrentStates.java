package vn.dienbien.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.DomainEvent;

/**
 * The {@link StateTopic}s of a service, by collection. A write to one of their collections gets a
 * state entry without a value beside its events (same write, same marker, same order); the relay
 * fills the value from the document it reads when it publishes. Every state record is therefore the
 * state after at least the change that wrote it, and the last record of a key is the state after
 * the last change.
 */
final class CurrentStates {

  private static final Logger log = LoggerFactory.getLogger(CurrentStates.class);

  private final MongoTemplate mongo;
  private final Clock clock;
  private final Map<String, StateTopic<?>> byCollection = new HashMap<>();

  CurrentStates(MongoTemplate mongo, Clock clock, List<StateTopic<?>> topics) {
    this.mongo = mongo;
    this.clock = clock;
    for (StateTopic<?> topic : topics) {
      String collection = mongo.getCollectionName(topic.type());
      if (byCollection.put(collection, topic) != null) {
        throw new IllegalStateException("Two state topics for the collection " + collection);
      }
    }
  }

  static CurrentStates none(MongoTemplate mongo) {
    return new CurrentStates(mongo, Clock.systemUTC(), List.of());
  }

  boolean publishes(String collection) {
    return byCollection.containsKey(collection);
  }

  /** The entry a write to {@code collection}'s document {@code id} adds; none if not published. */
  List<OutboxEntry> entryFor(String collection, Object id) {
    StateTopic<?> topic = byCollection.get(collection);
    if (topic == null) {
      return List.of();
    }
    return List.of(
        new OutboxEntry(
            UUID.randomUUID().toString(),
            topic.eventType(),
            topic.topic(),
            String.valueOf(id),
            null,
            clock.instant()));
  }

  /**
   * The state entry with its value: the CloudEvent of {@code doc}'s state, with the entry's id and
   * time. Null (the entry stays in the document, its marker expires) when the document cannot be
   * read as the aggregate, which a service's own tests catch.
   */
  OutboxEntry render(String collection, OutboxEntry entry, Document doc) {
    try {
      DomainEvent state = snapshot(byCollection.get(collection), doc);
      byte[] value =
          CloudEventCodec.encode(
              state,
              UUID.fromString(entry.eventId()),
              OffsetDateTime.ofInstant(entry.createdAt(), clock.getZone()));
      return new OutboxEntry(
          entry.eventId(),
          entry.type(),
          entry.topic(),
          entry.key(),
          new String(value, StandardCharsets.UTF_8),
          entry.createdAt());
    } catch (RuntimeException e) {
      log.error("Cannot render the state of {} {}: {}", collection, doc.get("_id"), e.toString());
      return null;
    }
  }

  private <T> DomainEvent snapshot(StateTopic<T> topic, Document doc) {
    return topic.snapshot().apply(mongo.getConverter().read(topic.type(), doc));
  }
}
