package vn.dienbien.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Takes a delivery for sending (PENDING and due, or SENDING with a lapsed lease → SENDING) with one
 * guarded update. Two clocks on purpose: whether a delivery is due is business time (the Clock
 * bean, which {@code platform.clock.fixed} may freeze or operators may shift), but the lease is
 * machine time, like the outbox relay's: it measures how long a sender has really held a delivery,
 * so a sender that died mid-send is relieved after {@code lease} whatever the business clock says.
 * On a frozen business clock a business-time lease would never lapse.
 */
@Component
class DeliveryClaims {

  private final MongoTemplate mongo;
  private final Clock machine;
  private final Duration lease;

  @Autowired
  DeliveryClaims(MongoTemplate mongo, DeliveryProperties properties) {
    this(mongo, Clock.systemUTC(), properties.lease());
  }

  DeliveryClaims(MongoTemplate mongo, Clock machine, Duration lease) {
    this.mongo = mongo;
    this.machine = machine;
    this.lease = lease;
  }

  /**
   * The claimed delivery, or empty if it is not due at {@code businessNow}, finished or held by a
   * live lease.
   */
  Optional<Delivery> claim(String id, Instant businessNow) {
    Instant machineNow = machine.instant();
    Criteria claimable =
        new Criteria()
            .orOperator(
                where("status").is(DeliveryStatus.PENDING).and("dueAt").lte(businessNow),
                where("status").is(DeliveryStatus.SENDING).and("leaseUntil").lte(machineNow));
    Query query = query(where("_id").is(id)).addCriteria(claimable);
    Update take =
        new Update()
            .set("status", DeliveryStatus.SENDING)
            .set("leaseUntil", machineNow.plus(lease))
            .inc("attempts", 1);
    return Optional.ofNullable(
        mongo.findAndModify(
            query, take, FindAndModifyOptions.options().returnNew(true), Delivery.class));
  }
}
