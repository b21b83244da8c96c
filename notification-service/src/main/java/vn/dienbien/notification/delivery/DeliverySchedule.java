package vn.dienbien.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dienbien.platform.due.DueEntry;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;

/**
 * When deliveries fall due (business time): a due index ({@value #COLLECTION}), entry key = the
 * delivery id, holding only deliveries not yet finished. A new delivery is written before its entry
 * (the sweep drops an entry whose delivery it cannot find); the sweep's own moves (retry, deferral)
 * write the new entry before the state change. An entry whose delivery moved on is simply dropped.
 */
@Component
class DeliverySchedule {

  static final String COLLECTION = "delivery_due";

  /** One document per entry, {@code _id = <due epoch millis>|<delivery id>}: earlier versions. */
  static final String LEGACY_COLLECTION = "delivery_schedule";

  private static final Duration SLOT = Duration.ofMinutes(1);

  private final DueIndex index;

  DeliverySchedule(DueIndexes indexes, Clock clock) {
    this.index = indexes.open(COLLECTION, SLOT, clock);
    indexes.adopt(
        LEGACY_COLLECTION,
        index,
        old ->
            List.of(
                DueEntry.of(
                    old.getString("deliveryId"),
                    Instant.ofEpochMilli(Long.parseLong(old.getString("_id").substring(0, 13))))));
  }

  void add(Instant due, String deliveryId) {
    index.add(DueEntry.of(deliveryId, due));
  }

  /** Entries due at {@code now}, earliest first; the key is the delivery id. */
  List<DueEntry> due(Instant now, int limit) {
    return index.due(now, limit);
  }

  void remove(DueEntry entry) {
    index.remove(entry);
  }

  void removeAll(List<DueEntry> entries) {
    if (!entries.isEmpty()) {
      index.removeAll(entries);
    }
  }
}
