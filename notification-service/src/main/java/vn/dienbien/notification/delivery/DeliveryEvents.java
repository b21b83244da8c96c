package vn.dienbien.notification.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.dienbien.contracts.notification.NotificationDelivered;
import vn.dienbien.contracts.notification.NotificationFailed;
import vn.dienbien.platform.outbox.IdentifiedEvent;

/**
 * The events a delivery's outcome raises, made from its new state: the one place where the
 * service's own types (channel, status) are mapped to the contract's. Each event id is derived from
 * the delivery id and the outcome, so a retried write publishes nothing twice.
 */
final class DeliveryEvents {

  private DeliveryEvents() {}

  /** {@code sent}: the delivery in its SENT state. */
  static IdentifiedEvent delivered(Delivery sent, Integer segments, ZoneId zone) {
    var event =
        new NotificationDelivered(
            sent.id(),
            sent.sourceEventId(),
            sent.sourceEventType(),
            sent.contactId(),
            sent.unitId(),
            NotificationDelivered.Channel.valueOf(sent.channel().name()),
            sent.provider(),
            sent.attempts(),
            segments,
            OffsetDateTime.ofInstant(sent.sentAt(), zone));
    return IdentifiedEvent.of(event, sent.id() + ":delivered");
  }

  /** {@code failed}: the delivery in its FAILED state. */
  static IdentifiedEvent failed(Delivery failed, ZoneId zone) {
    var event =
        new NotificationFailed(
            failed.id(),
            failed.sourceEventId(),
            failed.sourceEventType(),
            failed.contactId(),
            failed.unitId(),
            NotificationFailed.Channel.valueOf(failed.channel().name()),
            failed.provider(),
            failed.attempts(),
            failed.lastError(),
            OffsetDateTime.ofInstant(failed.failedAt(), zone));
    return IdentifiedEvent.of(event, failed.id() + ":failed");
  }
}
