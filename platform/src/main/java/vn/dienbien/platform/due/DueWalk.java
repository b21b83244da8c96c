package vn.dienbien.platform.due;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One read of a {@link DueIndex}: takes the due entries of the slots read, in index order, until it
 * has {@code limit} distinct ones (copies of an entry are one entry on all their pages), and notes
 * the empty slots in front of the first entry, which the index may drop once they are settled.
 */
final class DueWalk {

  private final Instant upTo;
  private final DueEntry after;
  private final int limit;
  private final Map<DueEntry, DueEntry> found = new LinkedHashMap<>();
  private final List<String> emptyPages = new ArrayList<>();
  private long firstOccupied = Long.MAX_VALUE;

  DueWalk(Instant upTo, DueEntry after, int limit) {
    this.upTo = upTo;
    this.after = after;
    this.limit = limit;
  }

  boolean full() {
    return found.size() >= limit;
  }

  /** Takes the slots just read (in slot order) until full. */
  void take(Map<Long, List<DuePages.Page>> slots) {
    for (var slot : slots.entrySet()) {
      if (full()) {
        return;
      }
      List<DueEntry> entries = new ArrayList<>();
      for (DuePages.Page page : slot.getValue()) {
        page.entries().forEach(doc -> entries.add(DueEntry.read(doc, page.id(), slot.getKey())));
      }
      if (entries.isEmpty() && firstOccupied == Long.MAX_VALUE) {
        slot.getValue().forEach(page -> emptyPages.add(page.id()));
        continue;
      }
      firstOccupied = Math.min(firstOccupied, slot.getKey());
      entries.stream()
          .sorted(DueEntry.ORDER)
          .filter(e -> !e.at().isAfter(upTo))
          .filter(e -> after == null || DueEntry.ORDER.compare(e, after) > 0)
          .forEach(this::found);
    }
  }

  /** A copy of an entry already found adds its page to it; a new entry counts towards the limit. */
  private void found(DueEntry entry) {
    DueEntry known = found.get(entry);
    if (known != null) {
      found.put(known, known.alsoOn(entry.pages.iterator().next()));
    } else if (!full()) {
      found.put(entry, entry);
    }
  }

  List<DueEntry> found() {
    return List.copyOf(found.values());
  }

  /** The first slot read that holds an entry; {@link Long#MAX_VALUE} if none did. */
  long firstOccupied() {
    return firstOccupied;
  }

  /** Pages of empty slots before {@code slot} (to drop when the cursor moves there). */
  List<String> emptyPagesBefore(long slot) {
    return emptyPages.stream().filter(id -> Long.parseLong(id.substring(0, 13)) < slot).toList();
  }
}
