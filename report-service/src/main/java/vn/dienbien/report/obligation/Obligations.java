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
 * read.
 */
@Component
public class Obligations {

  private final MongoTemplate mongo;
  private final Outbox outbox;

  Obligations(MongoTemplate mongo, Outbox outbox) {
    this.mongo = mongo;
    this.outbox = outbox;
  }

  public Optional<Obligation> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Obligation.class));
  }

  public List<Obligation> byIds(Collection<String> ids) {
    return ids.isEmpty() ? List.of() : mongo.find(query(where("_id").in(ids)), Obligation.class);
  }

  /** A new revision: appended, with the state it leaves the obligation in. */
  public boolean storeSubmission(Obligation before, Obligation.Submitted submitted) {
    Update update =
        Transitions.next(before)
            .push("reports", submitted.report())
            .set("state", submitted.obligation().state());
    return write(before, update, submitted.events());
  }

  /** The review of the latest revision, and the state it leaves the obligation in. */
  public boolean storeReview(Obligation before, Obligation.Reviewed reviewed) {
    Update update =
        Transitions.next(before)
            .set(
                "reports." + (reviewed.report().revision() - 1) + ".review",
                reviewed.report().review())
            .set("state", reviewed.obligation().state());
    return write(before, update, reviewed.events());
  }

  /** Extension requests and decisions, and a moved due date with its label and reminders. */
  public boolean storeExtension(Obligation before, Obligation.Changed changed) {
    return write(before, Transitions.extended(before, changed.obligation()), changed.events());
  }

  /** A reminder sent: the overdue step or due-soon lead it records. */
  public boolean storeReminder(Obligation before, Obligation.Changed changed) {
    Obligation after = changed.obligation();
    Update update =
        after.overdueStep() != before.overdueStep()
            ? Transitions.next(before).set("overdueStep", after.overdueStep())
            : Transitions.next(before).set("dueSoonLead", after.dueSoonLead());
    return write(before, update, changed.events());
  }

  /** The obligation closed. */
  boolean storeClosed(Obligation before, Obligation.Changed closed) {
    Update update = Transitions.next(before).set("state", closed.obligation().state());
    return write(before, update, closed.events());
  }

  private boolean write(Obligation before, Update update, List<DomainEvent> events) {
    return outbox.update(Obligation.class, Transitions.unchanged(before), update, events);
  }
}
