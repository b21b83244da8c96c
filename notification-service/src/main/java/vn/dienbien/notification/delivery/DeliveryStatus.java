package vn.dienbien.notification.delivery;

/** Where a delivery stands. SENT, FAILED and CANCELLED are final. */
public enum DeliveryStatus {
  /** Waiting for its due time (quiet hours, a retry back-off, or just created). */
  PENDING,
  /** Routine email kept for the official's daily digest; the digest job sends or releases it. */
  HELD,
  /** Claimed by a sender under a lease; a lapsed lease means the sender died mid-send. */
  SENDING,
  SENT,
  FAILED,
  CANCELLED;

  boolean isFinal() {
    return this == SENT || this == FAILED || this == CANCELLED;
  }
}
