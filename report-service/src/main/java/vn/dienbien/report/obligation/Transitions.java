package vn.dienbien.report.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Optimistic guards for obligation changes ({@link Obligations}). The guard is the obligation's
 * {@code _id} with its {@code revKey}: the keys of the unique index {@code revKey_id}, so a guarded
 * update is an index lookup on the embedded store as on MongoDB, fails if anyone changed the
 * obligation since it was read, and, naming the {@code _id}, lets the outbox write without reading
 * the document's id first (one round trip fewer per change).
 */
final class Transitions {

  private Transitions() {}

  /** Matches {@code obligation} only as it was read. */
  static Query unchanged(Obligation obligation) {
    return query(where("revKey").is(obligation.revKey()).and("_id").is(obligation.id()));
  }

  /** An update that also moves the obligation to its next revision. */
  static Update next(Obligation obligation) {
    int version = obligation.version() + 1;
    return new Update()
        .set("version", version)
        .set("revKey", Obligation.revKeyOf(obligation.id(), version));
  }

  /**
   * Stores what an extension changes: the requests and, once approved, the due date, its label and
   * the reminder state.
   */
  static Update extended(Obligation before, Obligation after) {
    Update update =
        next(before)
            .set("extensionRequests", after.extensionRequests())
            .set("periodLabel", after.periodLabel())
            .set("dueDate", after.dueDate())
            .set("dueAt", after.dueAt())
            .set("extensions", after.extensions())
            .set("overdueStep", after.overdueStep());
    return after.dueSoonLead() == null
        ? update.unset("dueSoonLead")
        : update.set("dueSoonLead", after.dueSoonLead());
  }
}
