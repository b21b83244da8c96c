package vn.dienbien.notification.reminder;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRegistry;
import vn.dienbien.notification.delivery.Delivery;
import vn.dienbien.notification.delivery.DeliveryStatus;
import vn.dienbien.notification.message.MessageKind;

/**
 * How many reminders about an obligation officials have really had, read from the delivery log: one
 * per reminder event that reached them (an email and an SMS of the same event are one reminder),
 * counting only what was sent, never the escalation step the event names.
 */
@Component
class ReminderCounts {

  private static final List<MessageKind> REMINDERS =
      List.of(MessageKind.REPORT_DUE_SOON, MessageKind.REPORT_OVERDUE);

  private final MongoTemplate mongo;
  private final ContactRegistry contacts;

  ReminderCounts(MongoTemplate mongo, ContactRegistry contacts) {
    this.mongo = mongo;
    this.contacts = contacts;
    // Every reminder written counts its predecessors: by obligation, never a collection scan.
    mongo
        .indexOps(Delivery.class)
        .createIndex(
            new Index("obligationId", Sort.Direction.ASC)
                .on("contactId", Sort.Direction.ASC)
                .named("obligation_contact"));
  }

  /** Reminders about {@code obligationId} sent to this official before event {@code eventId}. */
  int sentTo(String contactId, String obligationId, String eventId) {
    return sent(List.of(contactId), obligationId, eventId);
  }

  /** Reminders about {@code obligationId} sent to any official of the unit, before the event. */
  int sentToUnit(String unitId, String obligationId, String eventId) {
    List<String> officials = contacts.ofUnit(unitId).stream().map(Contact::id).toList();
    return officials.isEmpty() ? 0 : sent(officials, obligationId, eventId);
  }

  private int sent(Collection<String> contactIds, String obligationId, String eventId) {
    Query sent =
        query(
            where("obligationId")
                .is(obligationId)
                .and("contactId")
                .in(contactIds)
                .and("kind")
                .in(REMINDERS)
                .and("status")
                .is(DeliveryStatus.SENT)
                .and("sourceEventId")
                .ne(eventId));
    return mongo.findDistinct(sent, "sourceEventId", Delivery.class, String.class).size();
  }
}
