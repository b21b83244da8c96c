package vn.dienbien.platform.due;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Claims documents of one collection for a while: a claim sets {@value Leases#FIELD} to machine now
 * + lease, and nobody else may claim the document until that has passed. Machine time, not the
 * business clock (which operators may freeze or shift): a lease measures how long a holder has
 * really held the document, so a holder that died is relieved after the lease whatever the business
 * clock says.
 *
 * <p>A claim reads the document by {@code _id}, decides in Java, then writes with a guard on {@code
 * _id}, the lease and the {@code fields} the decision read, all by equality: the write only lands
 * if none of them changed since the read (another claim, a cancellation), and a unique index on
 * exactly those keys makes it one index lookup on the embedded store too ({@link GuardIndexes}).
 */
public final class LeaseClaims<T> {

  private final MongoTemplate mongo;
  private final Clock machine;
  private final Class<T> type;
  private final String collection;
  private final Duration lease;
  private final List<String> guarded;

  LeaseClaims(
      MongoTemplate mongo,
      Clock machine,
      Class<T> type,
      String collection,
      Duration lease,
      List<String> fields) {
    this.mongo = mongo;
    this.machine = machine;
    this.type = type;
    this.collection = collection;
    this.lease = lease;
    this.guarded = new ArrayList<>(fields);
    this.guarded.add(Leases.FIELD);
    GuardIndexes.ensure(mongo, collection, guarded);
  }

  /**
   * Claims document {@code id} if nobody holds a live lease on it and {@code claimable} accepts it
   * (it may read only the fields this claim guards), applying {@code change} with the lease.
   *
   * @return the document as claimed; empty if absent, held, not claimable, or changed meanwhile
   */
  public Optional<T> claim(Object id, Predicate<? super T> claimable, Update change) {
    Instant now = machine.instant();
    Document current = mongo.findById(id, Document.class, collection);
    if (current == null || held(current, now) || !claimable.test(read(current))) {
      return Optional.empty();
    }
    Document guard = new Document("_id", current.get("_id"));
    guarded.forEach(field -> guard.append(field, current.get(field)));
    Update take = change.set(Leases.FIELD, Date.from(now.plus(lease)));
    return Optional.ofNullable(
        mongo.findAndModify(
            new BasicQuery(guard),
            take,
            FindAndModifyOptions.options().returnNew(true),
            type,
            collection));
  }

  private static boolean held(Document doc, Instant now) {
    Date until = doc.getDate(Leases.FIELD);
    return until != null && until.toInstant().isAfter(now);
  }

  @SuppressWarnings("unchecked")
  private T read(Document doc) {
    return type == Document.class ? (T) doc : mongo.getConverter().read(type, doc);
  }
}
