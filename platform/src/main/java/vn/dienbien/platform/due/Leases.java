package vn.dienbien.platform.due;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Makes {@link LeaseClaims}: the one way a service takes a document for a while (a delivery being
 * sent, a digest being written) so that two workers cannot both act on it and a crashed worker's
 * hold runs out. The lease is on the machine clock.
 */
public class Leases {

  /** The field holding the end of the current lease. */
  public static final String FIELD = "leaseUntil";

  private final MongoTemplate mongo;
  private final Clock machine;

  public Leases(MongoTemplate mongo, Clock machine) {
    this.mongo = mongo;
    this.machine = machine;
  }

  /**
   * Claims on the documents of {@code type}; {@code fields} are those its claim decisions read
   * (besides the lease), which the claim write guards. Creates the guard's unique index.
   */
  public <T> LeaseClaims<T> on(Class<T> type, Duration lease, String... fields) {
    return new LeaseClaims<>(
        mongo, machine, type, mongo.getCollectionName(type), lease, List.of(fields));
  }

  /** Claims on the raw documents of {@code collection}. */
  public LeaseClaims<Document> on(String collection, Duration lease, String... fields) {
    return new LeaseClaims<>(mongo, machine, Document.class, collection, lease, List.of(fields));
  }
}
