package vn.dienbien.notification.reminder;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reminders per reporting obligation, {@code _id = obligation id}: a submitted report finds the
 * reminders to cancel by one key lookup, and a reminder that arrives after the report is born
 * cancelled. A returned report reopens the obligation. An approved extension cancels the reminders
 * made so far and voids any that still arrive about an earlier due date ({@code dueOn}: the due
 * date in force, ISO). The news that a report awaits review ({@code reviewIds}) is voided the same
 * way once it is reviewed.
 */
@Component
class ReminderIndex {

  static final String COLLECTION = "obligation_reminders";

  private final MongoTemplate mongo;

  ReminderIndex(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  void track(String obligationId, Collection<String> deliveryIds) {
    if (!deliveryIds.isEmpty()) {
      mongo.upsert(
          query(where("_id").is(obligationId)),
          new Update().addToSet("deliveryIds").each(deliveryIds.toArray()),
          COLLECTION);
    }
  }

  /**
   * Whether a reminder about an obligation due on {@code dueOn} is void: its report is in, or an
   * approved extension moved its due date past {@code dueOn}.
   */
  boolean voids(String obligationId, LocalDate dueOn) {
    Document doc = mongo.findById(obligationId, Document.class, COLLECTION);
    if (doc == null) {
      return false;
    }
    String movedTo = doc.getString("dueOn");
    return doc.get("submittedAt") != null
        || dueOn != null && movedTo != null && dueOn.isBefore(LocalDate.parse(movedTo));
  }

  /**
   * The due date moved to {@code dueOn}: returns the reminders made so far, all about earlier
   * dates, and forgets them, so the reminders of the new date are counted afresh.
   */
  List<String> moved(String obligationId, LocalDate dueOn) {
    Document before =
        mongo.findAndModify(
            query(where("_id").is(obligationId)),
            new Update().set("dueOn", dueOn.toString()).set("deliveryIds", List.of()),
            FindAndModifyOptions.options().upsert(true).returnNew(false),
            Document.class,
            COLLECTION);
    return before == null ? List.of() : before.getList("deliveryIds", String.class, List.of());
  }

  /** Marks the obligation's report as in and returns the reminders made for it so far. */
  List<String> submitted(String obligationId, Instant at) {
    Document doc =
        mongo.findAndModify(
            query(where("_id").is(obligationId)),
            new Update().set("submittedAt", java.util.Date.from(at)),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            COLLECTION);
    return doc == null ? List.of() : doc.getList("deliveryIds", String.class, List.of());
  }

  /** News that the obligation's report awaits review, to void once it is reviewed. */
  void awaitingReview(String obligationId, Collection<String> deliveryIds) {
    if (obligationId != null && !deliveryIds.isEmpty()) {
      mongo.upsert(
          query(where("_id").is(obligationId)),
          new Update().addToSet("reviewIds").each(deliveryIds.toArray()),
          COLLECTION);
    }
  }

  /** The report was reviewed: returns the news of it awaiting review, and forgets it. */
  List<String> reviewed(String obligationId) {
    Document doc =
        mongo.findAndModify(
            query(where("_id").is(obligationId)),
            new Update().unset("reviewIds"),
            Document.class,
            COLLECTION);
    return doc == null ? List.of() : doc.getList("reviewIds", String.class, List.of());
  }

  void reopened(String obligationId) {
    mongo.updateFirst(
        query(where("_id").is(obligationId)), new Update().unset("submittedAt"), COLLECTION);
  }
}
