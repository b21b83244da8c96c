package vn.dienbien.platform.outbox;

import java.time.Instant;
import org.bson.Document;

/**
 * A pointer from the small {@value #COLLECTION} collection to an aggregate document that may hold
 * an unpublished event. It is written <em>before</em> the aggregate, so every stored event has a
 * marker and the relay only ever reads markers and documents by {@code _id}: its cost grows with
 * the number of pending events, not with the size of the aggregate collections.
 */
record PendingMarker(
    String id, String eventId, String collection, Object documentId, Instant createdAt) {

  static final String COLLECTION = "outbox_pending";

  static PendingMarker of(
      String eventId, String collection, Object documentId, Instant now, long sequence) {
    // Lexicographic order of the id is creation order, so the relay can read markers in order.
    String id = String.format("%013d-%06d-%s", now.toEpochMilli(), sequence % 1_000_000, eventId);
    return new PendingMarker(id, eventId, collection, documentId, now);
  }

  Document toDocument() {
    return new Document("_id", id)
        .append("eventId", eventId)
        .append("collection", collection)
        .append("documentId", documentId)
        .append("createdAt", java.util.Date.from(createdAt));
  }

  static PendingMarker fromDocument(Document d) {
    return new PendingMarker(
        d.getString("_id"),
        d.getString("eventId"),
        d.getString("collection"),
        d.get("documentId"),
        d.getDate("createdAt").toInstant());
  }
}
