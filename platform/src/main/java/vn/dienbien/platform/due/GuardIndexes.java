package vn.dienbien.platform.due;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Unique indexes on {@code _id} plus the fields a guarded write matches. {@code _id} alone is
 * unique already; the index exists so that mongo-java-server, which serves a query from an index
 * only when the query's keys are exactly that index's keys, finds {@code {_id, version}} or {@code
 * {_id, status, leaseUntil}} by lookup instead of scanning the collection ({@code
 * EmbeddedStoreQueriesTests}). On MongoDB it is one more small index.
 */
public final class GuardIndexes {

  private GuardIndexes() {}

  /** Creates (idempotently) the unique index on {@code _id} and {@code fields}, in this order. */
  public static void ensure(MongoTemplate mongo, String collection, List<String> fields) {
    Index index = new Index("_id", Sort.Direction.ASC);
    fields.forEach(field -> index.on(field, Sort.Direction.ASC));
    mongo.indexOps(collection).createIndex(index.unique().named("_id_" + String.join("_", fields)));
  }
}
