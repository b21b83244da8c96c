package vn.dienbien.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Reads pending events through their markers, by {@code _id} only, and clears published ones. */
class PendingEvents {

  private final MongoTemplate mongo;
  private final Markers markers;
  private final CurrentStates states;

  PendingEvents(MongoTemplate mongo, Markers markers) {
    this(mongo, markers, CurrentStates.none(mongo));
  }

  PendingEvents(MongoTemplate mongo, Markers markers, CurrentStates states) {
    this.mongo = mongo;
    this.markers = markers;
    this.states = states;
  }

  record Pending(PendingMarker marker, OutboxEntry entry) {
    boolean hasEntry() {
      return entry != null;
    }

    boolean expired(Instant now, Duration lease) {
      return marker.createdAt().plus(lease).isBefore(now);
    }
  }

  /** The oldest {@code limit} markers due at {@code now}: one read of the marker index. */
  List<PendingMarker> due(int limit, Instant now) {
    return markers.next(limit, now);
  }

  /** The oldest {@code limit} markers with their events ({@link #load}). */
  List<Pending> next(int limit, Instant now) {
    return load(due(limit, now));
  }

  /**
   * The markers with their events: one {@code _id $in} read per collection they point into (a
   * lookup on both stores), not one read per event.
   */
  List<Pending> load(List<PendingMarker> due) {
    Map<String, Map<String, Map<String, OutboxEntry>>> outboxes = new HashMap<>();
    due.stream()
        .collect(
            Collectors.groupingBy(
                PendingMarker::collection,
                Collectors.mapping(PendingMarker::documentId, Collectors.toSet())))
        .forEach((collection, ids) -> outboxes.put(collection, load(collection, ids)));
    List<Pending> result = new ArrayList<>(due.size());
    for (PendingMarker marker : due) {
      Map<String, OutboxEntry> outbox =
          outboxes
              .get(marker.collection())
              .getOrDefault(String.valueOf(marker.documentId()), Map.of());
      result.add(new Pending(marker, outbox.get(marker.eventId())));
    }
    return result;
  }

  /**
   * Outbox entries by document id, as text: the read goes through the template's id mapping (as the
   * aggregate's writes do), so a hex string id may come back as an ObjectId. A collection with a
   * state topic is read whole, and its state entries rendered from the document as read.
   */
  private Map<String, Map<String, OutboxEntry>> load(String collection, Set<Object> ids) {
    Query byIds = query(where("_id").in(ids));
    boolean withState = states.publishes(collection);
    if (!withState) {
      byIds.fields().include(OutboxEntry.FIELD);
    }
    Map<String, Map<String, OutboxEntry>> outboxes = new HashMap<>();
    for (Document doc : mongo.find(byIds, Document.class, collection)) {
      Map<String, OutboxEntry> entries = new HashMap<>();
      if (doc.get(OutboxEntry.FIELD) instanceof List<?> list) {
        for (Object item : list) {
          OutboxEntry entry = OutboxEntry.fromDocument((Document) item);
          if (withState && entry.deferred()) {
            entry = states.render(collection, entry, doc);
          }
          if (entry != null) {
            entries.put(entry.eventId(), entry);
          }
        }
      }
      outboxes.put(String.valueOf(doc.get("_id")), entries);
    }
    return outboxes;
  }

  /**
   * Clears published events: one {@code updateMany} per collection pulls them from their documents
   * (an event id is unique, so pulling the batch's ids from each of its documents pulls exactly
   * these events), then the markers go with one write per marker page.
   */
  void markPublished(List<Pending> published) {
    if (published.isEmpty()) {
      return;
    }
    Map<String, List<Pending>> byCollection =
        published.stream()
            .filter(Pending::hasEntry)
            .collect(Collectors.groupingBy(p -> p.marker().collection()));
    byCollection.forEach((collection, events) -> {
      Set<Object> ids =
          events.stream().map(p -> p.marker().documentId()).collect(Collectors.toSet());
      List<String> eventIds = events.stream().map(p -> p.marker().eventId()).distinct().toList();
      mongo.updateMulti(
          query(where("_id").in(ids)),
          new Update()
              .pull(OutboxEntry.FIELD, new Document("eventId", new Document("$in", eventIds))),
          collection);
    });
    markers.remove(published.stream().map(Pending::marker).toList());
  }
}
