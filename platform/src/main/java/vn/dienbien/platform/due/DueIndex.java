package vn.dienbien.platform.due;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * A time-keyed index that reads and writes by {@code _id} only, so it costs the same on the
 * embedded store as on MongoDB: mongo-java-server 1.47 serves only equality and {@code $in} on
 * {@code _id} or on a unique index's exact keys from an index, and an {@code _id} range scans the
 * whole collection ({@code EmbeddedStoreQueriesTests} pins both). Entries are grouped by time slot
 * into bucket pages ({@link DuePages}); "what is due" reads the pages of the slots from a cursor to
 * now with {@code _id $in}, so its cost follows the slots read and the entries due, not the size of
 * the index.
 *
 * <p>An entry whose time has passed goes into the current slot. Readers keep re-reading slots until
 * they are {@code settle} old (at least one slot and two minutes, so a write that read the clock
 * just before a slot ended still lands in a slot that is read), then drop the empty ones and move
 * the cursor past them. Entries come back in slot order, within a slot by time then key; an entry
 * whose time had passed when it was added may therefore come after later ones.
 */
public final class DueIndex {

  private static final Duration MIN_SETTLE = Duration.ofMinutes(2);
  private static final int SLOTS_PER_READ = 128;

  private final DuePages pages;
  private final Clock clock;
  private final long slotMillis;
  private final long settleMillis;
  private volatile boolean cursorSet;

  DueIndex(MongoCollection<Document> collection, Duration slot, Clock clock) {
    if (slot.toMillis() < 1) {
      throw new IllegalArgumentException("a due index needs a slot of at least 1 ms");
    }
    this.pages = new DuePages(collection);
    this.clock = clock;
    this.slotMillis = slot.toMillis();
    this.settleMillis = Math.max(slotMillis, MIN_SETTLE.toMillis());
  }

  public void add(DueEntry entry) {
    addAll(List.of(entry));
  }

  /** Adds the entries with one write per slot they fall into (two when a page fills up). */
  public void addAll(Collection<DueEntry> entries) {
    long current = slotOf(clock.millis());
    if (!cursorSet) {
      pages.lowerCursor(
          current); // a new index, or a clock set back: readers start here at the latest
      cursorSet = true;
    }
    Map<Long, List<Document>> bySlot = new TreeMap<>();
    for (DueEntry entry : entries) {
      long slot = Math.max(slotOf(entry.at().toEpochMilli()), current);
      bySlot.computeIfAbsent(slot, s -> new ArrayList<>()).add(entry.toDocument());
    }
    bySlot.forEach((slot, docs) -> pages.push(slot, docs, current));
  }

  /** The first {@code limit} entries due at {@code upTo} (in index order). */
  public List<DueEntry> due(Instant upTo, int limit) {
    return walk(upTo, limit, null);
  }

  /**
   * The next {@code limit} entries due at {@code upTo} after {@code last}, read from this index.
   */
  public List<DueEntry> dueAfter(DueEntry last, Instant upTo, int limit) {
    if (!last.fromIndex()) {
      throw new IllegalArgumentException("dueAfter needs an entry read from the index: " + last);
    }
    return walk(upTo, limit, last);
  }

  public void remove(DueEntry entry) {
    removeAll(List.of(entry));
  }

  /**
   * Removes the entries, every copy: one write per page for entries read from the index; an entry
   * built by the caller is looked for in the slot of its time only (where it went unless it was
   * added late).
   */
  public void removeAll(Collection<DueEntry> entries) {
    Map<String, List<Document>> byPage = new LinkedHashMap<>();
    for (DueEntry entry : entries) {
      if (entry.fromIndex()) {
        entry.pages.forEach(
            page -> byPage.computeIfAbsent(page, p -> new ArrayList<>()).add(entry.toDocument()));
      } else {
        long slot = slotOf(entry.at().toEpochMilli());
        pages.pullMatching(slot, entry.key(), Date.from(entry.at()));
      }
    }
    byPage.forEach(pages::pull);
  }

  /** The number of entries, read from every page: for tests and operators, not for hot paths. */
  public long size() {
    return pages.count();
  }

  private List<DueEntry> walk(Instant upTo, int limit, DueEntry after) {
    long now = clock.millis();
    long settled = slotOf(now - settleMillis);
    long cursor = pages.cursor(settled);
    long start = Math.min(cursor, settled);
    if (after != null) {
      start = Math.max(start, after.slot);
    }
    long end = Math.max(slotOf(upTo.toEpochMilli()), slotOf(now));
    DueWalk walk = new DueWalk(upTo, after, limit);
    for (long from = start; from <= end && !walk.full(); from += SLOTS_PER_READ * slotMillis) {
      walk.take(pages.read(slots(from, Math.min(end, from + (SLOTS_PER_READ - 1) * slotMillis))));
    }
    long next = Math.min(walk.firstOccupied(), settled);
    if (after == null && next != cursor) {
      if (next > cursor) {
        pages.drop(walk.emptyPagesBefore(next));
      }
      pages.moveCursor(next); // back too, when entries sit before it (a clock set back)
    }
    return walk.found();
  }

  private List<Long> slots(long from, long to) {
    List<Long> slots = new ArrayList<>();
    for (long slot = from; slot <= to; slot += slotMillis) {
      slots.add(slot);
    }
    return slots;
  }

  private long slotOf(long epochMillis) {
    return Math.floorDiv(epochMillis, slotMillis) * slotMillis;
  }
}
