package vn.dienbien.platform.inbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.platform.store.PointReads;

/**
 * The inbox's record of handled events ({@value #COLLECTION}), keyed {@code group:eventId}: a point
 * read before the handler and a point insert after it, so the cost per event does not grow with the
 * collection. The record is written only after the handler succeeded (an insert-first claim would
 * lose the event if the process died between the claim and the handler's writes); a record written
 * concurrently by another consumer is absorbed by the unique {@code _id}.
 */
final class ProcessedEvents {

  static final String COLLECTION = "inbox_processed";
  private static final Logger log = LoggerFactory.getLogger(ProcessedEvents.class);

  private final MongoTemplate mongo;
  private final Clock clock;

  ProcessedEvents(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  boolean handled(String key) {
    return PointReads.exists(mongo, COLLECTION, key);
  }

  void remember(String key, String type) {
    try {
      mongo
          .getCollection(COLLECTION)
          .insertOne(
              new Document("_id", key)
                  .append("type", type)
                  .append("processedAt", Date.from(clock.instant())));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      log.debug("Event {} was recorded concurrently", key);
    }
  }
}
