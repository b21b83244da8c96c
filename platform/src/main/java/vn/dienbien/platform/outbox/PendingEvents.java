package vn.dienbien.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Reads pending events through their markers, by {@code _id} only, and clears published ones. */
class PendingEvents {

  private final MongoTemplate mongo;
  private final Markers markers;

  PendingEvents(MongoTemplate mongo, Markers markers) {
    this.mongo = mongo;
    this.markers = markers;
  }

  record Pending(PendingMarker marker, OutboxEntry entry) {
    boolean hasEntry() {
      return entry != null;
    }

    boolean expired(Instant now, Duration lease) {
      return marker.createdAt().plus(lease).isBefore(now);
    }
  }

  List<Pending> next(int limit, Instant now) {
    List<PendingMarker> due = markers.next(limit, now);
    Map<String, Map<String, OutboxEntry>> outboxes = new HashMap<>();
    List<Pending> result = new ArrayList<>(due.size());
    for (PendingMarker marker : due) {
      String docKey = marker.collection() + "/" + marker.documentId();
      Map<String, OutboxEntry> outbox = outboxes.computeIfAbsent(docKey, k -> load(marker));
      result.add(new Pending(marker, outbox.get(marker.eventId())));
    }
    return result;
  }

  private Map<String, OutboxEntry> load(PendingMarker marker) {
    Query byId = query(where("_id").is(marker.documentId()));
    byId.fields().include(OutboxEntry.FIELD);
    Document doc = mongo.findOne(byId, Document.class, marker.collection());
    Map<String, OutboxEntry> entries = new HashMap<>();
    if (doc != null && doc.get(OutboxEntry.FIELD) instanceof List<?> list) {
      for (Object item : list) {
        OutboxEntry entry = OutboxEntry.fromDocument((Document) item);
        entries.put(entry.eventId(), entry);
      }
    }
    return entries;
  }

  void markPublished(List<Pending> published) {
    if (published.isEmpty()) {
      return;
    }
    Map<String, BulkOperations> pulls = new HashMap<>();
    for (Pending p : published) {
      if (p.hasEntry()) {
        pulls
            .computeIfAbsent(
                p.marker().collection(), c -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, c))
            .updateOne(
                query(where("_id").is(p.marker().documentId())),
                new Update()
                    .pull(OutboxEntry.FIELD, new Document("eventId", p.marker().eventId())));
      }
    }
    pulls.values().forEach(BulkOperations::execute);
    markers.remove(published.stream().map(Pending::marker).toList());
  }
}
