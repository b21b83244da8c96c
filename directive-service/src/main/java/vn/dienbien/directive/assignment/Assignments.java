package vn.dienbien.directive.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dienbien.directive.refusal.Refusal;

/** Stored assignments. Writes go through the outbox; this class only reads. */
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

  Assignments(MongoTemplate mongo) {
    this.mongo = mongo;
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
