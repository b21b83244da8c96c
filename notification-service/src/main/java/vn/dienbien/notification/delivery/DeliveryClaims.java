package vn.dienbien.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dienbien.platform.due.LeaseClaims;
import vn.dienbien.platform.due.Leases;

/**
 * Takes a delivery for sending (PENDING and due, or SENDING with a lapsed lease → SENDING) with the
 * platform's lease claim. Two clocks on purpose: whether a delivery is due is business time (the
 * Clock bean, which {@code platform.clock.fixed} may freeze or operators may shift), but the lease
 * is machine time, like the outbox relay's: it measures how long a sender has really held a
 * delivery, so a sender that died mid-send is relieved after {@code lease} whatever the business
 * clock says. On a frozen business clock a business-time lease would never lapse.
 */
@Component
class DeliveryClaims {

  private final LeaseClaims<Delivery> claims;

  @Autowired
  DeliveryClaims(Leases leases, DeliveryProperties properties) {
    this(leases, properties.lease());
  }

  DeliveryClaims(Leases leases, Duration lease) {
    // The claim decides on status and due time: the claim write is guarded on both.
    this.claims = leases.on(Delivery.class, lease, "status", "dueAt");
  }

  /**
   * The claimed delivery, or empty if it is not due at {@code businessNow}, finished or held by a
   * live lease.
   */
  Optional<Delivery> claim(String id, Instant businessNow) {
    return claims.claim(
        id,
        d ->
            d.state().status() == DeliveryStatus.SENDING
                || (d.state().status() == DeliveryStatus.PENDING
                    && !d.state().dueAt().isAfter(businessNow)),
        new Update().set("status", DeliveryStatus.SENDING).inc("attempts", 1));
  }
}
