package vn.dienbien.notification.delivery;

import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.notification.channel.SendOutcome;

/**
 * An SMS the dispatcher has claimed and handed to the gateway, whose answer has not been recorded
 * yet: the window in which the gateway's delivery report can arrive first. Tests stand in for the
 * dispatcher, so that they decide the order of report and answer instead of a timer.
 */
public final class SmsSendInFlight {

  private final Deliveries deliveries;
  private final Delivery claimed;

  private SmsSendInFlight(Deliveries deliveries, Delivery claimed) {
    this.deliveries = deliveries;
    this.claimed = claimed;
  }

  /**
   * Opens an SMS delivery and claims it as the dispatcher does. It is never put on the schedule, so
   * the running dispatcher leaves it alone.
   */
  public static SmsSendInFlight start(ApplicationContext context, String contactId, String unit) {
    Instant now = context.getBean(java.time.Clock.class).instant();
    Delivery opened = DeliveryFixture.sms(contactId, unit, now, now);
    context.getBean(MongoTemplate.class).insert(opened);
    Delivery claimed = context.getBean(DeliveryClaims.class).claim(opened.id(), now).orElseThrow();
    return new SmsSendInFlight(context.getBean(Deliveries.class), claimed);
  }

  public String deliveryId() {
    return claimed.id();
  }

  /** The gateway's answer to the send comes back and is recorded, as the dispatcher does. */
  public boolean answered(String gatewayMessageId) {
    return deliveries.sent(claimed, new SendOutcome.Sent("esms", gatewayMessageId, 1));
  }
}
