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
            sent.source().eventId(),
            sent.source().eventType(),
            sent.to().contactId(),
            sent.source().unitId(),
            NotificationDelivered.Channel.valueOf(sent.to().channel().name()),
            sent.outcome().provider(),
            sent.state().attempts(),
            segments,
            OffsetDateTime.ofInstant(sent.outcome().sentAt(), zone));
    return IdentifiedEvent.of(event, sent.id() + ":delivered");
  }

  /** {@code failed}: the delivery in its FAILED state. */
  static IdentifiedEvent failed(Delivery failed, ZoneId zone) {
    var event =
        new NotificationFailed(
            failed.id(),
            failed.source().eventId(),
            failed.source().eventType(),
            failed.to().contactId(),
            failed.source().unitId(),
            NotificationFailed.Channel.valueOf(failed.to().channel().name()),
            failed.outcome().provider(),
            failed.state().attempts(),
            failed.outcome().lastError(),
            OffsetDateTime.ofInstant(failed.outcome().failedAt(), zone));
    return IdentifiedEvent.of(event, failed.id() + ":failed");
  }
}
