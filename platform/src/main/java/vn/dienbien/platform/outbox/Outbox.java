package vn.dienbien.platform.outbox;

import java.util.List;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.contracts.DomainEvent;

/**
 * Stores a state change together with the events it causes in one atomic single-document write, and
 * hands the events to the relay, which publishes them to Kafka. The embedded store has no
 * multi-document transactions, so events live inside the aggregate document until published.
 */
public interface Outbox {

  /**
   * Stores {@code aggregate} and appends {@code events} to its pending events, in one write. When
   * its type has a Spring Data {@code @Version} property, the save is optimistic: it changes the
   * stored document only if that is still at the version the aggregate carries, and stores version
   * + 1 (an aggregate without a version yet is inserted at 0); otherwise it inserts or replaces the
   * document. Either way the stored document then equals the aggregate: properties it leaves null
   * are removed.
   *
   * @return the aggregate as stored, carrying its new version (a copy, for an immutable type)
   * @throws org.springframework.dao.OptimisticLockingFailureException if someone else changed (or
   *     created) it since it was read; nothing is stored and no event is published
   */
  <T> T save(T aggregate, List<? extends DomainEvent> events);

  /**
   * Inserts {@code aggregate} with its events only if no document with its id exists.
   *
   * @return true if it was inserted, false if it already existed (nothing changed)
   */
  boolean insertIfAbsent(Object aggregate, List<? extends DomainEvent> events);

  /**
   * Applies {@code update} to the one document of {@code type} matching {@code query}, appending
   * {@code events}, atomically. Use the query as a guard (expected status or version).
   *
   * @return true if a document matched and was updated
   */
  boolean update(Class<?> type, Query query, Update update, List<? extends DomainEvent> events);
}
