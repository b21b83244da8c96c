package vn.dienbien.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.message.Channel;

/**
 * The SMS gateway's delivery reports, matched to deliveries by our request id (the delivery id) and
 * the gateway's message id. The gateway posts a report on its own schedule, while the send outcome
 * is written only after its HTTP answer has come back: on a loaded machine the report can come
 * first, when the delivery does not know the gateway's message id yet. Such an early report is kept
 * on the delivery with the message id it names, in one single-document write, and settled when the
 * answer is recorded ({@link #settle}): it stays if the answer names the same message, and is
 * dropped otherwise. So no ordering of the two loses a report, and a report only ever counts for
 * the message the gateway accepted.
 */
@Component
class SmsReports {

  /** The gateway message id the recorded report named. */
  static final String REPORTED_MESSAGE_ID = "reportedMessageId";

  private final MongoTemplate mongo;
  private final Clock clock;

  SmsReports(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * Records a report for SMS delivery {@code id}: one whose gateway message id is {@code
   * providerMessageId}, or one still waiting for the gateway's answer. False if there is none.
   */
  boolean record(String id, String providerMessageId, String report) {
    Criteria forThisMessage = where("providerMessageId").is(providerMessageId);
    Criteria beforeTheAnswer =
        where("providerMessageId")
            .exists(false)
            .and("status")
            .in(DeliveryStatus.PENDING, DeliveryStatus.SENDING);
    Query match =
        query(
            where("_id")
                .is(id)
                .and("channel")
                .is(Channel.SMS)
                .orOperator(forThisMessage, beforeTheAnswer));
    Update update =
        new Update()
            .set("deliveryReport", report)
            .set("reportedAt", clock.instant())
            .set(REPORTED_MESSAGE_ID, providerMessageId);
    return mongo.updateFirst(match, update, Delivery.class).getMatchedCount() == 1;
  }

  /**
   * The gateway answered with {@code providerMessageId} (already stored): an early report that
   * named another message is not this delivery's. A crash right before this write would leave such
   * a report; the gateway's own reports always name the message it answered with, so only a
   * mistaken report (it needs the callback key) could remain.
   */
  void settle(String id, String providerMessageId) {
    Query foreign =
        query(where("_id").is(id).and(REPORTED_MESSAGE_ID).exists(true).ne(providerMessageId));
    mongo.updateFirst(
        foreign,
        new Update().unset("deliveryReport").unset("reportedAt").unset(REPORTED_MESSAGE_ID),
        Delivery.class);
  }
}
