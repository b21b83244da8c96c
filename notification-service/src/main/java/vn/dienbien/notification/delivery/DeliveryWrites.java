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
    change(update, "status", before.state().status(), after.state().status());
    change(update, "attempts", before.state().attempts(), after.state().attempts());
    change(update, "dueAt", before.state().dueAt(), after.state().dueAt());
    change(update, "deferred", before.state().deferred(), after.state().deferred());
    change(update, "leaseUntil", before.state().leaseUntil(), after.state().leaseUntil());
    change(update, "provider", before.outcome().provider(), after.outcome().provider());
    change(
        update,
        "providerMessageId",
        before.outcome().providerMessageId(),
        after.outcome().providerMessageId());
    change(update, "lastError", before.outcome().lastError(), after.outcome().lastError());
    change(update, "sentAt", before.outcome().sentAt(), after.outcome().sentAt());
    change(update, "failedAt", before.outcome().failedAt(), after.outcome().failedAt());
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
