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

  /** Inserts or replaces {@code aggregate} and appends {@code events} to its pending events. */
  void save(Object aggregate, List<? extends DomainEvent> events);

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
