package vn.dienbien.platform.store;

import static com.mongodb.client.model.Filters.eq;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Existence by {@code _id} as a point read. {@code MongoTemplate.exists} sends a count, which the
 * driver turns into an aggregation; the embedded store (mongo-java-server) answers that by
 * examining every document of the collection. A {@code find} on {@code _id} with a limit of one is
 * served by the {@code _id} index on both stores (pinned by {@code PointReadsTests}).
 */
public final class PointReads {

  private static final Document ID_ONLY = new Document("_id", 1);

  private PointReads() {}

  /** True if {@code collection} holds a document with this {@code _id}. */
  public static boolean exists(MongoTemplate mongo, String collection, Object id) {
    return mongo.getCollection(collection).find(eq("_id", id)).projection(ID_ONLY).limit(1).first()
        != null;
  }
}
