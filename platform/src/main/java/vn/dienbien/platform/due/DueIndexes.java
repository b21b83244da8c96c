package vn.dienbien.platform.due;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Opens {@link DueIndex}es on the service's database. */
public class DueIndexes {

  private static final Logger log = LoggerFactory.getLogger(DueIndexes.class);
  private static final int BATCH = 1_000;

  private final MongoTemplate mongo;

  public DueIndexes(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * The index kept in {@code collection} (its own collection: nothing else may live there), with
   * one slot every {@code slot} of {@code clock}. Pick a slot that holds at most some ten thousand
   * entries, since a read takes whole slots.
   */
  public DueIndex open(String collection, Duration slot, Clock clock) {
    return new DueIndex(mongo.getCollection(collection), slot, clock);
  }

  /**
   * Moves what an earlier schedule left in {@code legacyCollection} into {@code index}, then drops
   * that collection; nothing happens once it is gone. A crash midway repeats the move at the next
   * start, adding some entries twice, which every due index user must tolerate anyway.
   *
   * @param entriesOf the entries an old document stands for (none for documents to forget)
   */
  public long adopt(
      String legacyCollection, DueIndex index, Function<Document, List<DueEntry>> entriesOf) {
    if (!mongo.collectionExists(legacyCollection)) {
      return 0;
    }
    long moved = 0;
    List<DueEntry> batch = new ArrayList<>();
    for (Document doc : mongo.getCollection(legacyCollection).find()) {
      batch.addAll(entriesOf.apply(doc));
      if (batch.size() >= BATCH) {
        moved += flush(index, batch);
      }
    }
    moved += flush(index, batch);
    mongo.dropCollection(legacyCollection);
    log.info("Moved {} entries of {} into a due index", moved, legacyCollection);
    return moved;
  }

  private static int flush(DueIndex index, List<DueEntry> batch) {
    int size = batch.size();
    index.addAll(batch);
    batch.clear();
    return size;
  }
}
