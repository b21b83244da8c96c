package vn.dienbien.report.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.platform.outbox.Outbox;

/**
 * The obligations' store: reads by {@code _id}, and stores each decided change with its events in
 * one guarded outbox write ({@link Transitions}). The storage paths of each change live here. Every
 * {@code store…} answers false, having stored nothing, when the obligation changed since it was
 * read. Each successful write hands the obligation as stored to the {@link StoredObligations} read
 * models, from memory: no write costs a store round trip more.
 */
@Component
public class Obligations {

  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final StoredObligations stored;

  Obligations(MongoTemplate mongo, Outbox outbox, StoredObligations stored) {
    this.mongo = mongo;
    this.outbox = outbox;
    this.stored = stored;
  }

  public Optional<Obligation> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Obligation.class));
  }

  public List<Obligation> byIds(Collection<String> ids) {
    return ids.isEmpty() ? List.of() : mongo.find(query(where("_id").in(ids)), Obligation.class);
  }

  /**
   * Opens {@code obligation} unless it exists already.
   *
   * @return true if it was stored now
   */
  boolean storeOpened(Obligation obligation) {
    boolean opened = outbox.insertIfAbsent(obligation, List.of());
    if (opened) {
      stored.stored(obligation);
    }
    return opened;
  }

  /** A new revision: appended, with the state it leaves the obligation in. */
  public boolean storeSubmission(Obligation before, Obligation.Submitted submitted) {
    Update update =
        Transitions.next(before)
            .push("reports", submitted.report())
            .set("state", submitted.obligation().state());
    return write(before, submitted.obligation(), update, submitted.events());
  }

  /** The review of the latest revision, and the state it leaves the obligation in. */
  public boolean storeReview(Obligation before, Obligation.Reviewed reviewed) {
    Update update =
        Transitions.next(before)
            .set(
                "reports." + (reviewed.report().revision() - 1) + ".review",
                reviewed.report().review())
            .set("state", reviewed.obligation().state());
    return write(before, reviewed.obligation(), update, reviewed.events());
  }

  /** Extension requests and decisions, and a moved due date with its label and reminders. */
  public boolean storeExtension(Obligation before, Obligation.Changed changed) {
    return write(
        before,
        changed.obligation(),
        Transitions.extended(before, changed.obligation()),
        changed.events());
  }

  /** A reminder sent: the overdue step or due-soon lead it records. */
  public boolean storeReminder(Obligation before, Obligation.Changed changed) {
    Obligation after = changed.obligation();
    Update update =
        after.overdueStep() != before.overdueStep()
            ? Transitions.next(before).set("overdueStep", after.overdueStep())
            : Transitions.next(before).set("dueSoonLead", after.dueSoonLead());
    return write(before, after, update, changed.events());
  }

  /** The obligation closed. */
  boolean storeClosed(Obligation before, Obligation.Changed closed) {
    Update update = Transitions.next(before).set("state", closed.obligation().state());
    return write(before, closed.obligation(), update, closed.events());
  }

  private boolean write(
      Obligation before, Obligation after, Update update, List<DomainEvent> events) {
    boolean written =
        outbox.update(Obligation.class, Transitions.unchanged(before), update, events);
    if (written) {
      stored.stored(ObligationCopy.atVersion(after, before.version() + 1));
    }
    return written;
  }
}
