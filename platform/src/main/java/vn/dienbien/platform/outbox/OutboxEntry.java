package vn.dienbien.platform.outbox;

import java.time.Instant;
import org.bson.Document;

/**
 * An event waiting in an aggregate document's {@value #FIELD} array. It is written in the same
 * single-document write as the state change that caused it, so the two cannot diverge. A current
 * state entry ({@link StateTopic}) is written without a value: the relay renders it from the
 * document when it publishes.
 */
record OutboxEntry(
    String eventId, String type, String topic, String key, String value, Instant createdAt) {

  static final String FIELD = "_outbox";

  Document toDocument() {
    return new Document("eventId", eventId)
        .append("type", type)
        .append("topic", topic)
        .append("key", key)
        .append("value", value)
        .append("createdAt", java.util.Date.from(createdAt));
  }

  /** A state entry whose value the relay renders from the document. */
  boolean deferred() {
    return value == null;
  }

  static OutboxEntry fromDocument(Document d) {
    return new OutboxEntry(
        d.getString("eventId"),
        d.getString("type"),
        d.getString("topic"),
        d.getString("key"),
        d.getString("value"),
        d.getDate("createdAt").toInstant());
  }
}
