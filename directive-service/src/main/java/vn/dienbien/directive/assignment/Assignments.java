package vn.dienbien.directive.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.refusal.Refusal;

/**
 * Stored assignments: queries, and the guarded writes of {@link Assignment}'s transitions through
 * the outbox, each with its events. Storage paths live here; each write's guard is the state the
 * transition started from, so a concurrent change makes it fail instead of being overwritten.
 */
@Component
public class Assignments {

  /** Filters of the assignment queries; null means "any". */
  public record Filter(
      String unitId,
      String directiveId,
      String taskId,
      AssignmentStatus status,
      Boolean extensionPending) {}

  private final MongoTemplate mongo;
  private final Outbox outbox;

  Assignments(MongoTemplate mongo, Outbox outbox) {
    this.mongo = mongo;
    this.outbox = outbox;
  }

  public Optional<Assignment> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Assignment.class));
  }

  public Assignment get(String id) {
    return find(id).orElseThrow(() -> Refusal.notFound("phân công", id));
  }

  public List<Assignment> search(Filter filter, int page, int size) {
    Query q = new Query(criteria(filter)).with(Sort.by("_id")).skip((long) page * size).limit(size);
    return mongo.find(q, Assignment.class);
  }

  public long count(Filter filter) {
    return mongo.count(new Query(criteria(filter)), Assignment.class);
  }

  /** Assignments of {@code directiveId} not yet closed (open or extended). */
  List<Assignment> stillOpen(String directiveId) {
    return mongo.find(
        query(
            where("directiveId")
                .is(directiveId)
                .and("status")
                .in(AssignmentStatus.OPEN, AssignmentStatus.EXTENDED)),
        Assignment.class);
  }

  /** Stores a newly planned assignment with its events unless it exists (a retried issue). */
  boolean insertIfAbsent(Assignment planned, List<IdentifiedEvent> events) {
    return outbox.insertIfAbsent(planned, events);
  }

  /** Stores {@code closed} if the stored one is still open; false if it was closed meanwhile. */
  boolean saveClosed(Assignment closed, List<IdentifiedEvent> events) {
    var update =
        new Update()
            .set("status", closed.status())
            .set("closedAt", closed.closedAt())
            .set("closedReason", closed.closedReason())
            .unset("pendingExtension");
    return outbox.update(Assignment.class, open(closed.id()), update, events);
  }

  /** Stores {@code asked}'s pending request if none is pending and it is not closed. */
  boolean savePendingExtension(Assignment asked, List<IdentifiedEvent> events) {
    Query guard =
        query(
            where("_id")
                .is(asked.id())
                .and("pendingExtension")
                .is(null)
                .and("status")
                .ne(AssignmentStatus.CLOSED));
    var update = new Update().set("pendingExtension", asked.pendingExtension());
    return outbox.update(Assignment.class, guard, update, events);
  }

  /** Stores {@code decided}'s latest decision if request {@code requestId} is still pending. */
  boolean saveDecision(Assignment decided, String requestId, List<IdentifiedEvent> events) {
    // the outbox writes unmapped, and Spring Data stores an embedded "id" property as "_id"
    Query guard = query(where("_id").is(decided.id()).and("pendingExtension._id").is(requestId));
    var update =
        new Update()
            .unset("pendingExtension")
            .push("extensions", decided.lastDecision())
            .set("currentDueDate", decided.currentDueDate())
            .set("status", decided.status());
    return outbox.update(Assignment.class, guard, update, events);
  }

  private static Query open(String id) {
    return query(
        where("_id").is(id).and("status").in(AssignmentStatus.OPEN, AssignmentStatus.EXTENDED));
  }

  private static Criteria criteria(Filter f) {
    Criteria c = new Criteria();
    if (f.unitId() != null) {
      c.and("unitId").is(f.unitId());
    }
    if (f.directiveId() != null) {
      c.and("directiveId").is(f.directiveId());
    }
    if (f.taskId() != null) {
      c.and("taskId").is(f.taskId());
    }
    if (f.status() != null) {
      c.and("status").is(f.status());
    }
    if (Boolean.TRUE.equals(f.extensionPending())) {
      c.and("pendingExtension").ne(null);
    }
    return c;
  }
}
