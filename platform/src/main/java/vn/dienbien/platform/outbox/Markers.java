package vn.dienbien.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.dienbien.platform.due.DueIndex;

/**
 * The outbox's markers, in a {@link DueIndex} on the machine clock ({@value #COLLECTION}): a marker
 * is due as soon as it is written, so "what is due" is simply the pending markers, oldest first.
 */
final class Markers {

  static final String COLLECTION = "outbox_markers";
  static final String LEGACY_COLLECTION = "outbox_pending";
  static final Duration SLOT = Duration.ofSeconds(10);

  private final DueIndex index;
  private final AtomicLong sequence = new AtomicLong();

  Markers(DueIndex index) {
    this.index = index;
  }

  /** One write for all the markers of one aggregate write; returns the markers written. */
  List<PendingMarker> write(List<OutboxEntry> entries, String collection, Object documentId) {
    if (entries.isEmpty()) {
      return List.of();
    }
    Instant now = Instant.now(); // machine time: the relay ages markers against it
    List<PendingMarker> written =
        entries.stream()
            .map(e ->
                PendingMarker.of(
                    e.eventId(), collection, documentId, now, sequence.incrementAndGet()))
            .toList();
    index.addAll(written.stream().map(PendingMarker::entry).toList());
    return written;
  }

  List<PendingMarker> next(int limit, Instant now) {
    return index.due(now, limit).stream().map(PendingMarker::new).toList();
  }

  void remove(List<PendingMarker> markers) {
    if (!markers.isEmpty()) {
      index.removeAll(markers.stream().map(PendingMarker::entry).toList());
    }
  }
}
