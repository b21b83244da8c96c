package vn.dienbien.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The digests still to send, one document per official and day with the ids of the emails held for
 * it, keyed {@code _id = <yyyy-MM-dd>|<contact id>}: the day comes first so the due digests are one
 * range scan on {@code _id} (cheap on the embedded store), and a digest is removed once handled. A
 * sender claims a digest with a lease on machine time, like a delivery, so a crash mid-send lets
 * the next sweep resend it (with the same Message-ID) and two sweepers cannot both send it.
 */
@Component
class DigestBook {

  static final String COLLECTION = "delivery_digests";

  private final MongoTemplate mongo;
  private final Clock machine = Clock.systemUTC();
  private final Duration lease;

  DigestBook(MongoTemplate mongo, DeliveryProperties properties) {
    this.mongo = mongo;
    this.lease = properties.lease();
  }

  void add(LocalDate day, String contactId, String deliveryId) {
    mongo.upsert(
        query(where("_id").is(key(day, contactId))),
        new Update()
            .setOnInsert("contactId", contactId)
            .setOnInsert("day", day.toString())
            .addToSet("deliveryIds", deliveryId),
        COLLECTION);
  }

  /** Keys of the digests of {@code lastDueDay} and earlier, oldest first. */
  List<String> due(LocalDate lastDueDay, int limit) {
    Query due =
        query(where("_id").lt(lastDueDay.plusDays(1).toString())).with(Sort.by("_id")).limit(limit);
    due.fields().include("_id");
    return mongo.find(due, Document.class, COLLECTION).stream()
        .map(d -> d.getString("_id"))
        .toList();
  }

  /** The digest, taken for sending; empty if another sender holds it under a live lease. */
  Optional<Digest> claim(String key) {
    Instant now = machine.instant();
    Criteria free =
        new Criteria()
            .orOperator(where("leaseUntil").exists(false), where("leaseUntil").lte(Date.from(now)));
    Document doc =
        mongo.findAndModify(
            query(where("_id").is(key)).addCriteria(free),
            new Update().set("leaseUntil", Date.from(now.plus(lease))),
            FindAndModifyOptions.options().returnNew(true),
            Document.class,
            COLLECTION);
    return Optional.ofNullable(doc).map(DigestBook::digest);
  }

  /**
   * Removes a handled digest and returns the ids held for it, including any added while it was
   * sent.
   */
  List<String> close(String key) {
    Document doc = mongo.findAndRemove(query(where("_id").is(key)), Document.class, COLLECTION);
    return doc == null ? List.of() : doc.getList("deliveryIds", String.class, List.of());
  }

  private static Digest digest(Document doc) {
    return new Digest(
        doc.getString("_id"),
        doc.getString("contactId"),
        LocalDate.parse(doc.getString("day")),
        doc.getList("deliveryIds", String.class, List.of()));
  }

  private static String key(LocalDate day, String contactId) {
    return day + "|" + contactId;
  }

  record Digest(String key, String contactId, LocalDate day, List<String> deliveryIds) {}
}
