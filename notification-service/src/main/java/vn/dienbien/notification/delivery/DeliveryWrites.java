package vn.dienbien.notification.delivery;

import org.springframework.data.mongodb.core.query.Update;

/** Where a delivery's transitions are stored: the fields of {@code deliveries} they write. */
final class DeliveryWrites {

  private DeliveryWrites() {}

  /**
   * The write that takes a delivery from {@code before} to {@code after}: the fields a transition
   * may change that differ, set or (when the new state has none) removed. Only these: fields others
   * write meanwhile (an SMS delivery report) are left alone.
   */
  static Update changes(Delivery before, Delivery after) {
    Update update = new Update();
    change(update, "status", before.status(), after.status());
    change(update, "attempts", before.attempts(), after.attempts());
    change(update, "dueAt", before.dueAt(), after.dueAt());
    change(update, "deferred", before.deferred(), after.deferred());
    change(update, "leaseUntil", before.leaseUntil(), after.leaseUntil());
    change(update, "provider", before.provider(), after.provider());
    change(update, "providerMessageId", before.providerMessageId(), after.providerMessageId());
    change(update, "lastError", before.lastError(), after.lastError());
    change(update, "sentAt", before.sentAt(), after.sentAt());
    change(update, "failedAt", before.failedAt(), after.failedAt());
    change(update, "digestId", before.digestId(), after.digestId());
    return update;
  }

  private static void change(Update update, String field, Object before, Object after) {
    if (after == null && before != null) {
      update.unset(field);
    } else if (after != null && !after.equals(before)) {
      update.set(field, after);
    }
  }
}
