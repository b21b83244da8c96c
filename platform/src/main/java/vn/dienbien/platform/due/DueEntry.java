package vn.dienbien.platform.due;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/**
 * One entry of a {@link DueIndex}: what is due ({@code key}, e.g. an obligation id), when, and
 * optional data kept with it. Two entries with the same key, time and data are the same entry: the
 * index returns it once and removes every copy. An entry read from the index remembers the pages
 * that hold it, so removing it is a write by {@code _id}. Times are kept to the millisecond, as the
 * store does.
 */
public final class DueEntry {

  /** Index order: slot, then time, then key. */
  static final Comparator<DueEntry> ORDER =
      Comparator.comparingLong((DueEntry e) -> e.slot)
          .thenComparing(DueEntry::at)
          .thenComparing(DueEntry::key);

  private final String key;
  private final Instant at;
  private final Document data;
  final Set<String> pages;
  final long slot;

  private DueEntry(String key, Instant at, Document data, Set<String> pages, long slot) {
    this.key = Objects.requireNonNull(key, "key");
    this.at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
    this.data = data;
    this.pages = pages;
    this.slot = slot;
  }

  public static DueEntry of(String key, Instant at) {
    return of(key, at, null);
  }

  /** An entry with data (small: it is stored in the entry and read with it). */
  public static DueEntry of(String key, Instant at, Document data) {
    return new DueEntry(key, at, data, Set.of(), -1);
  }

  public String key() {
    return key;
  }

  public Instant at() {
    return at;
  }

  /** The data stored with the entry; null if none. */
  public Document data() {
    return data;
  }

  /** The stored form; {@code $pullAll} removes an entry by matching exactly this document. */
  Document toDocument() {
    Document doc = new Document("k", key).append("at", Date.from(at));
    return data == null ? doc : doc.append("d", data);
  }

  static DueEntry read(Document doc, String page, long slot) {
    return new DueEntry(
        doc.getString("k"),
        doc.getDate("at").toInstant(),
        doc.get("d", Document.class),
        Set.of(page),
        slot);
  }

  /** This entry, read from the index, with a copy of it found on {@code page} too. */
  DueEntry alsoOn(String page) {
    Set<String> more = new TreeSet<>(pages);
    more.add(page);
    return new DueEntry(key, at, data, Set.copyOf(more), slot);
  }

  /** Whether this entry was read from the index (and knows its pages). */
  boolean fromIndex() {
    return !pages.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DueEntry that
        && key.equals(that.key)
        && at.equals(that.at)
        && Objects.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, at, data);
  }

  @Override
  public String toString() {
    return "DueEntry[" + key + " at " + at + (data == null ? "" : " " + data.toJson()) + "]";
  }
}
