package vn.dienbien.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.channel.SendOutcome;
import vn.dienbien.platform.due.GuardIndexes;
import vn.dienbien.platform.outbox.Outbox;

/**
 * The state transitions of a delivery, each one guarded single-document write: create once, claim
 * ({@link DeliveryClaims}: PENDING or lapsed SENDING → SENDING), then SENT / FAILED with their
 * event through the outbox in the same write, or back to PENDING for a retry.
 */
@Component
public class Deliveries {

  private static final List<List<String>> GUARDS =
      List.of(List.of("status"), List.of("status", "attempts"), List.of("status", "dueAt"));

  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final DeliverySchedule schedule;
  private final SmsReports smsReports;
  private final Clock clock;

  Deliveries(
      MongoTemplate mongo,
      Outbox outbox,
      DeliverySchedule schedule,
      SmsReports smsReports,
      Clock clock) {
    this.mongo = mongo;
    this.outbox = outbox;
    this.schedule = schedule;
    this.smsReports = smsReports;
    this.clock = clock;
    // The guards below, each matched by a unique index on exactly its keys: a lookup, not a scan
    // of every delivery, on the embedded store.
    String collection = mongo.getCollectionName(Delivery.class);
    GUARDS.forEach(fields -> GuardIndexes.ensure(mongo, collection, fields));
  }

  /**
   * Creates the delivery unless it exists, then puts a waiting one on the schedule; returns it as
   * it stands and whether it is new. The entry goes second: the sweep drops entries whose delivery
   * it cannot find, so an entry written first could be dropped before its delivery exists, and the
   * reminder would wait forever. A crash between the two writes leaves the event unrecorded in the
   * inbox; its replay comes back here, finds the delivery and writes the entry then. A held one is
   * the caller's to put in its digest, on the same terms.
   */
  public Opened open(Delivery delivery) {
    boolean created = outbox.insertIfAbsent(delivery, List.of());
    Delivery current = created ? delivery : find(delivery.id()).orElse(null);
    if (current != null && current.state().status() == DeliveryStatus.PENDING) {
      schedule.add(current.state().dueAt(), current.id());
    }
    return new Opened(created, Optional.ofNullable(current));
  }

  /** What {@link #open} found: the delivery as it stands, and whether this call created it. */
  public record Opened(boolean created, Optional<Delivery> current) {}

  /**
   * A held email goes out on its own after all (too few for a digest, or the digest was refused).
   */
  public boolean release(String id) {
    Instant now = clock.instant();
    schedule.add(now, id);
    Query heldOne = query(where("_id").is(id).and("status").is(DeliveryStatus.HELD));
    return mongo
            .updateFirst(
                heldOne,
                new Update().set("status", DeliveryStatus.PENDING).set("dueAt", now),
                Delivery.class)
            .getMatchedCount()
        == 1;
  }

  /** A held email went out inside digest {@code digestId}: SENT, with its delivered event. */
  public boolean sentInDigest(Delivery heldOne, String digestId, SendOutcome.Sent outcome) {
    Delivery sent =
        heldOne.sentInDigest(digestId, outcome.provider(), outcome.messageId(), clock.instant());
    Query stillHeld = query(where("_id").is(heldOne.id()).and("status").is(DeliveryStatus.HELD));
    return outbox.update(
        Delivery.class,
        stillHeld,
        DeliveryWrites.changes(heldOne, sent),
        List.of(DeliveryEvents.delivered(sent, null, clock.getZone())));
  }

  public List<Delivery> findAll(java.util.Collection<String> ids) {
    return mongo.find(query(where("_id").in(ids)), Delivery.class);
  }

  public Optional<Delivery> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Delivery.class));
  }

  boolean sent(Delivery claimed, SendOutcome.Sent outcome) {
    Delivery sent = claimed.sent(outcome.provider(), outcome.messageId(), clock.instant());
    boolean recorded =
        outbox.update(
            Delivery.class,
            held(claimed),
            DeliveryWrites.changes(claimed, sent),
            List.of(DeliveryEvents.delivered(sent, outcome.segments(), clock.getZone())));
    if (recorded && outcome.messageId() != null) {
      smsReports.settle(claimed.id(), outcome.messageId());
    }
    return recorded;
  }

  boolean failed(Delivery claimed, String provider, String reason) {
    Delivery failed = claimed.failed(provider, reason, clock.instant());
    return outbox.update(
        Delivery.class,
        held(claimed),
        DeliveryWrites.changes(claimed, failed),
        List.of(DeliveryEvents.failed(failed, clock.getZone())));
  }

  /** Puts a claimed delivery back to wait until {@code due}; the schedule entry goes first. */
  boolean retryAt(Delivery claimed, Instant due, String provider, String reason) {
    schedule.add(due, claimed.id());
    Update update = DeliveryWrites.changes(claimed, claimed.retried(due, provider, reason));
    return mongo.updateFirst(held(claimed), update, Delivery.class).getMatchedCount() == 1;
  }

  /** Moves a waiting delivery out of the quiet hours. */
  boolean defer(Delivery pending, Instant due) {
    schedule.add(due, pending.id());
    Query waiting =
        query(
            where("_id")
                .is(pending.id())
                .and("status")
                .is(DeliveryStatus.PENDING)
                .and("dueAt")
                .is(pending.state().dueAt()));
    Update update = DeliveryWrites.changes(pending, pending.deferredTo(due));
    return mongo.updateFirst(waiting, update, Delivery.class).getMatchedCount() == 1;
  }

  /**
   * Cancels a delivery still waiting (or held for a digest); one being sent or already sent stays
   * as it is.
   */
  public boolean cancel(String id) {
    Query waiting =
        query(where("_id").is(id).and("status").in(DeliveryStatus.PENDING, DeliveryStatus.HELD));
    return mongo
            .updateFirst(
                waiting,
                new Update()
                    .set("status", DeliveryStatus.CANCELLED)
                    .set("cancelledAt", clock.instant()),
                Delivery.class)
            .getMatchedCount()
        == 1;
  }

  /** Only the claim that is still current may record an outcome. */
  private static Query held(Delivery claimed) {
    return query(
        where("_id")
            .is(claimed.id())
            .and("status")
            .is(DeliveryStatus.SENDING)
            .and("attempts")
            .is(claimed.state().attempts()));
  }
}
