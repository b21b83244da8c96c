package vn.dienbien.notification.delivery;

import java.time.Instant;
import java.util.UUID;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;

/** Deliveries as the notifier would have opened them, for tests of the later transitions. */
final class DeliveryFixture {

  private DeliveryFixture() {}

  /** A waiting due-soon SMS reminder to {@code contact-1} of Xã Mường Nhé. */
  static Delivery smsDueAt(Instant dueAt, Instant createdAt) {
    return sms("contact-1", "XA-MUONG-NHE", dueAt, createdAt);
  }

  static Delivery sms(String contactId, String unitId, Instant dueAt, Instant createdAt) {
    String id = UUID.randomUUID().toString();
    var source =
        new DeliverySource(
            "evt-" + id,
            "vn.dienbien.report.obligation-due-soon",
            MessageKind.REPORT_DUE_SOON,
            "due-tomorrow",
            createdAt,
            unitId,
            "obl-" + id,
            false);
    return new Delivery(
        id,
        source,
        new Delivery.Addressee(contactId, Channel.SMS),
        new DeliveryContent(null, "Báo cáo quý IV đến hạn", null, 1),
        new Delivery.State(DeliveryStatus.PENDING, 0, dueAt, false, null),
        new Delivery.Outcome(null, null, null, null, null, null, null),
        createdAt,
        null,
        null);
  }
}
