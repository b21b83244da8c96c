package vn.dienbien.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.message.Channel;

/** What was sent to whom (by contact id), when, and how it went. */
@Component
public class DeliveryLog {

  private final MongoTemplate mongo;
  private final Deliveries deliveries;
  private final SmsReports smsReports;

  DeliveryLog(MongoTemplate mongo, Deliveries deliveries, SmsReports smsReports) {
    this.mongo = mongo;
    this.deliveries = deliveries;
    this.smsReports = smsReports;
  }

  /** Newest first: {@code size} deliveries after skipping {@code offset}. */
  public List<Delivery> search(Filter filter, long offset, int size) {
    Query query = query(filter);
    query
        .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
        .skip(offset)
        .limit(size);
    query.fields().exclude("html");
    return mongo.find(query, Delivery.class);
  }

  /** How many deliveries match, in all. */
  public long count(Filter filter) {
    return mongo.count(query(filter), Delivery.class);
  }

  private static Query query(Filter filter) {
    Query query = new Query();
    filter.unitId().ifPresent(v -> query.addCriteria(where("unitId").is(v)));
    filter.status().ifPresent(v -> query.addCriteria(where("status").is(v)));
    filter.channel().ifPresent(v -> query.addCriteria(where("channel").is(v)));
    filter.eventId().ifPresent(v -> query.addCriteria(where("sourceEventId").is(v)));
    filter.contactId().ifPresent(v -> query.addCriteria(where("contactId").is(v)));
    return query;
  }

  /**
   * What was sent to these officials (a unit's own contacts), newest first, one page and the total.
   * The text is kept (it is what they received); the HTML copy is not loaded.
   */
  public Page toContacts(Collection<String> contactIds, int page, int size) {
    Query query = Query.query(where("contactId").in(contactIds));
    long total = contactIds.isEmpty() ? 0 : mongo.count(query, Delivery.class);
    query
        .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
        .skip((long) page * size)
        .limit(size);
    query.fields().exclude("html");
    return new Page(contactIds.isEmpty() ? List.of() : mongo.find(query, Delivery.class), total);
  }

  /** One page of deliveries and how many there are in all. */
  public record Page(List<Delivery> items, long total) {}

  public Optional<Delivery> find(String id) {
    return deliveries.find(id);
  }

  /**
   * Records an SMS gateway's delivery report for the delivery whose id was the request id, also
   * when it comes before the gateway's answer to the send was recorded ({@link SmsReports}).
   */
  public boolean deliveryReported(String requestId, String gatewayMessageId, String report) {
    return smsReports.record(requestId, gatewayMessageId, report);
  }

  public record Filter(
      Optional<String> unitId,
      Optional<DeliveryStatus> status,
      Optional<Channel> channel,
      Optional<String> eventId,
      Optional<String> contactId) {}
}
