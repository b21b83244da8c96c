package vn.dienbien.notification.digest;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.delivery.Delivery;
import vn.dienbien.notification.delivery.DeliveryProperties;
import vn.dienbien.platform.due.DueEntry;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;
import vn.dienbien.platform.due.LeaseClaims;
import vn.dienbien.platform.due.Leases;
import vn.dienbien.platform.store.PointReads;

/**
 * The digests still to send: one document per official and day with the ids of the emails held for
 * it ({@code _id = <yyyy-MM-dd>|<contact id>}), found by day through a due index ({@value #INDEX}),
 * removed once handled. A sender claims a digest with a lease on machine time, like a delivery, so
 * a crash mid-send lets the next sweep resend it (with the same Message-ID) and two sweepers cannot
 * both send it. The document is written before its index entry, and an entry whose digest is gone
 * is dropped, so the index never hides a digest.
 */
@Component
public class DigestBook {

  static final String COLLECTION = "delivery_digests";
  static final String INDEX = "digest_due";

  private final MongoTemplate mongo;
  private final DueIndex index;
  private final LeaseClaims<Document> claims;
  private final Clock clock;

  DigestBook(
      MongoTemplate mongo,
      DueIndexes indexes,
      Leases leases,
      DeliveryProperties properties,
      Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
    boolean indexed = mongo.collectionExists(INDEX);
    this.index = indexes.open(INDEX, Duration.ofDays(1), clock);
    this.claims = leases.on(COLLECTION, properties.lease());
    if (!indexed) {
      // Digests written before the index existed.
      mongo.getCollection(COLLECTION).find().forEach(d -> index.add(entry(d.getString("_id"))));
    }
  }

  /**
   * Holds a delivery {@link Deliveries#open opened} HELD for its official's digest of the day it is
   * due. A crash before this write leaves the event unrecorded in the inbox; its replay opens the
   * delivery again, finds it held and comes back here.
   */
  public void hold(Delivery held) {
    add(
        held.state().dueAt().atZone(clock.getZone()).toLocalDate(),
        held.to().contactId(),
        held.id(),
        held.digestLine() != null && held.digestLine().byRole());
  }

  /**
   * Holds an email for the official's digest of {@code day}; {@code summary}: held by role, so the
   * digest goes out as one summary however few its items.
   */
  void add(LocalDate day, String contactId, String deliveryId, boolean summary) {
    String key = key(day, contactId);
    Update update =
        new Update()
            .setOnInsert("contactId", contactId)
            .setOnInsert("day", day.toString())
            .addToSet("deliveryIds", deliveryId);
    mongo.upsert(
        query(where("_id").is(key)), summary ? update.set("summary", true) : update, COLLECTION);
    index.add(entry(key));
  }

  /** Index entries of the digests of {@code lastDueDay} and earlier, oldest first. */
  List<DueEntry> due(LocalDate lastDueDay, int limit) {
    return index.due(instant(lastDueDay), limit);
  }

  /** The digest, taken for sending; empty if another sender holds it under a live lease. */
  Optional<Digest> claim(DueEntry entry) {
    Optional<Document> claimed = claims.claim(entry.key(), d -> true, new Update());
    if (claimed.isEmpty() && !exists(entry.key())) {
      forget(entry); // sent and closed already
    }
    return claimed.map(doc -> digest(entry, doc));
  }

  /**
   * Removes a handled digest and returns the ids held for it, including any added while it was
   * sent.
   */
  List<String> close(Digest digest) {
    Document doc =
        mongo.findAndRemove(query(where("_id").is(digest.key())), Document.class, COLLECTION);
    forget(digest.entry());
    return doc == null ? List.of() : doc.getList("deliveryIds", String.class, List.of());
  }

  /** Drops an entry; a digest started again for the same day meanwhile keeps one. */
  private void forget(DueEntry entry) {
    index.remove(entry);
    if (exists(entry.key())) {
      index.add(entry(entry.key()));
    }
  }

  private boolean exists(String key) {
    return PointReads.exists(mongo, COLLECTION, key);
  }

  private static Digest digest(DueEntry entry, Document doc) {
    return new Digest(
        entry,
        doc.getString("contactId"),
        LocalDate.parse(doc.getString("day")),
        doc.getList("deliveryIds", String.class, List.of()),
        Boolean.TRUE.equals(doc.getBoolean("summary")));
  }

  /** The official a due entry's digest is for, from its key alone. */
  static String contactOf(DueEntry entry) {
    return entry.key().substring(entry.key().indexOf('|') + 1);
  }

  private static DueEntry entry(String key) {
    return DueEntry.of(key, instant(LocalDate.parse(key.substring(0, 10))));
  }

  private static Instant instant(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String key(LocalDate day, String contactId) {
    return day + "|" + contactId;
  }

  record Digest(
      DueEntry entry, String contactId, LocalDate day, List<String> deliveryIds, boolean summary) {
    String key() {
      return entry.key();
    }
  }
}
