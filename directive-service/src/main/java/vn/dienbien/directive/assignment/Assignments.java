package vn.dienbien.directive.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.refusal.Refusal;

/**
 * Stored assignments: queries, and the versioned writes of {@link Assignment}'s transitions through
 * the outbox, each with its events. Each write's guard is the version the transition started from,
 * so a concurrent change makes it fail instead of being overwritten.
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

  /**
   * Stores {@code changed} with its events if the stored assignment is still at the version it was
   * read at (the outbox's versioned save moves the version on).
   *
   * @return false if it changed meanwhile (nothing written, nothing published)
   */
  boolean save(Assignment changed, List<IdentifiedEvent> events) {
    try {
      outbox.save(changed, events);
      return true;
    } catch (OptimisticLockingFailureException changedMeanwhile) {
      return false;
    }
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
