package vn.dienbien.platform.due;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * The documents of one {@link DueIndex}, every one read and written by {@code _id}. A slot's
 * entries are in pages {@code _id = "<slot start, epoch millis, 13 digits>/<page>"} holding {@code
 * entries} and {@code n}, the number of entries ever pushed; page 0 also holds {@code pages}, the
 * highest page in use. A writer fills a page until {@value #PAGE_SIZE} entries went into it, then
 * moves on, so a write rewrites one small document whatever the size of the slot (the H2 backend
 * rewrites the whole document on every update; MongoDB caps a document at 16 MB). {@code _id =
 * "cursor"} holds the first slot that may still hold entries.
 */
final class DuePages {

  static final int PAGE_SIZE = 256;
  private static final String CURSOR = "cursor";
  private static final FindOneAndUpdateOptions PUSH =
      new FindOneAndUpdateOptions()
          .upsert(true)
          .returnDocument(ReturnDocument.AFTER)
          .projection(Projections.include("n", "pages"));

  private final MongoCollection<Document> collection;
  private final Map<Long, Integer> pageHints = new ConcurrentHashMap<>();

  DuePages(MongoCollection<Document> collection) {
    this.collection = collection;
  }

  record Page(String id, long slot, List<Document> entries) {}

  /** Appends to the slot's open page: one write, and one more when that page fills up. */
  void push(long slot, List<Document> entries, long currentSlot) {
    pageHints.keySet().removeIf(s -> s < currentSlot);
    int page = pageHints.getOrDefault(slot, 0);
    Document after =
        collection.findOneAndUpdate(
            eq("_id", id(slot, page)),
            new Document("$push", new Document("entries", new Document("$each", entries)))
                .append("$inc", new Document("n", entries.size()))
                .append("$setOnInsert", new Document("slot", new Date(slot))),
            PUSH);
    int pages = after.getInteger("pages", 0);
    if (pages > page) {
      pageHints.put(slot, pages); // others filled page 0 before: write where they write
    } else if (after.getInteger("n", 0) >= PAGE_SIZE) {
      // Announce the next page on page 0 before anything is written to it, so readers find it.
      collection.updateOne(
          eq("_id", id(slot, 0)),
          new Document("$max", new Document("pages", page + 1)),
          new UpdateOptions().upsert(true));
      pageHints.put(slot, page + 1);
    }
  }

  /** The pages of {@code slots} that exist, by slot in slot order: two {@code _id $in} reads. */
  Map<Long, List<Page>> read(List<Long> slots) {
    Map<Long, List<Page>> bySlot = new TreeMap<>();
    List<String> more = new ArrayList<>();
    for (Document doc : collection.find(in("_id", slots.stream().map(s -> id(s, 0)).toList()))) {
      Page page = page(doc);
      bySlot.computeIfAbsent(page.slot(), s -> new ArrayList<>()).add(page);
      for (int p = 1; p <= doc.getInteger("pages", 0); p++) {
        more.add(id(page.slot(), p));
      }
    }
    if (!more.isEmpty()) {
      for (Document doc : collection.find(in("_id", more))) {
        Page page = page(doc);
        bySlot.get(page.slot()).add(page);
      }
    }
    return bySlot;
  }

  /** Removes exactly these stored entries (every copy) from one page. */
  void pull(String page, List<Document> entries) {
    collection.updateOne(
        eq("_id", page), new Document("$pullAll", new Document("entries", entries)));
  }

  /** Removes the entries of {@code key} at {@code at} from every page of {@code slot}. */
  void pullMatching(long slot, String key, Date at) {
    Document first =
        collection.find(eq("_id", id(slot, 0))).projection(Projections.include("pages")).first();
    if (first == null) {
      return;
    }
    List<String> ids = new ArrayList<>();
    for (int p = 0; p <= first.getInteger("pages", 0); p++) {
      ids.add(id(slot, p));
    }
    collection.updateMany(
        in("_id", ids),
        new Document("$pull", new Document("entries", new Document("k", key).append("at", at))));
  }

  void drop(List<String> pages) {
    if (!pages.isEmpty()) {
      collection.deleteMany(in("_id", pages));
    }
  }

  long cursor(long fallback) {
    Document cursor = collection.find(eq("_id", CURSOR)).first();
    return cursor == null ? fallback : cursor.getLong("slot");
  }

  void lowerCursor(long slot) {
    collection.updateOne(
        eq("_id", CURSOR),
        new Document("$min", new Document("slot", slot)),
        new UpdateOptions().upsert(true));
  }

  void moveCursor(long slot) {
    collection.updateOne(
        eq("_id", CURSOR),
        new Document("$set", new Document("slot", slot)),
        new UpdateOptions().upsert(true));
  }

  /** Entries stored, counted by reading every page: for tests and operators, not hot paths. */
  long count() {
    long count = 0;
    for (Document doc : collection.find().projection(Projections.include("entries"))) {
      count += doc.getList("entries", Document.class, List.of()).size();
    }
    return count;
  }

  private static Page page(Document doc) {
    String id = doc.getString("_id");
    return new Page(
        id, Long.parseLong(id.substring(0, 13)), doc.getList("entries", Document.class, List.of()));
  }

  static String id(long slot, int page) {
    return "%013d/%d".formatted(slot, page);
  }
}
