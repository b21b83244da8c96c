package vn.dienbien.platform.outbox;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import vn.dienbien.platform.due.DueEntry;

/**
 * A pointer to an aggregate document that may hold an unpublished event, kept as an entry of the
 * outbox's due index ({@link Markers}). It is written <em>before</em> the aggregate, so every
 * stored event has a marker and the relay only ever reads markers and documents by {@code _id}: its
 * cost grows with the number of pending events, not with the size of the aggregate collections.
 */
record PendingMarker(DueEntry entry) {

  static PendingMarker of(
      String eventId, String collection, Object documentId, Instant now, long sequence) {
    // Lexicographic order of the key is creation order, so the relay reads markers in order.
    String key = String.format("%013d-%06d-%s", now.toEpochMilli(), sequence % 1_000_000, eventId);
    return new PendingMarker(DueEntry.of(key, now, target(eventId, collection, documentId)));
  }

  /** A marker document of the earlier {@code outbox_pending} collection, as an index entry. */
  static List<DueEntry> fromLegacy(Document d) {
    return List.of(
        DueEntry.of(
            d.getString("_id"),
            d.getDate("createdAt").toInstant(),
            target(d.getString("eventId"), d.getString("collection"), d.get("documentId"))));
  }

  private static Document target(String eventId, String collection, Object documentId) {
    return new Document("e", eventId).append("c", collection).append("d", documentId);
  }

  String eventId() {
    return entry.data().getString("e");
  }

  String collection() {
    return entry.data().getString("c");
  }

  Object documentId() {
    return entry.data().get("d");
  }

  Instant createdAt() {
    return entry.at();
  }
}
