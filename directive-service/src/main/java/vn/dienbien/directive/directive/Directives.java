package vn.dienbien.directive.directive;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.refusal.Refusal;
import vn.dienbien.platform.validation.Diacritics;

/**
 * Stored directives. Each change {@link DirectiveLifecycle} decides (a draft's tasks, the issue,
 * the end) is stored by the outbox's versioned save, which keeps its pending events and refuses a
 * write from a stale read, so an edit cannot overwrite a concurrent edit or an issue.
 */
@Component
public class Directives {

  /**
   * Stored only by the withdrawal step, never read into {@link Directive}: its absence on an ended
   * directive means "closing its assignments may be unfinished".
   */
  static final String WITHDRAWN_AT = "assignmentsWithdrawnAt";

  private final MongoTemplate mongo;
  private final Outbox outbox;

  Directives(MongoTemplate mongo, Outbox outbox) {
    this.mongo = mongo;
    this.outbox = outbox;
  }

  public Optional<Directive> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Directive.class));
  }

  public Directive get(String id) {
    return find(id).orElseThrow(() -> Refusal.notFound("chỉ thị", id));
  }

  public List<Directive> search(String text, DirectiveStatus status) {
    Criteria criteria = new Criteria();
    if (status != null) {
      criteria.and("status").is(status);
    }
    if (text != null && !text.isBlank()) {
      criteria.and("searchText").regex(Pattern.quote(Diacritics.fold(text)));
    }
    return mongo.find(
        new Query(criteria).with(Sort.by(Sort.Direction.DESC, "issuedOn").and(Sort.by("number"))),
        Directive.class);
  }

  public List<Directive> issuedEndingBefore(int year) {
    return mongo.find(
        query(where("status").is(DirectiveStatus.ISSUED).and("periodEndYear").lt(year)),
        Directive.class);
  }

  /**
   * Ended directives (superseded or expired) whose open assignments may still need closing: the
   * marker is set only once every assignment is closed, so an interrupted withdrawal shows up here.
   */
  public List<Directive> endedWithOpenAssignments() {
    return mongo.find(
        query(
            where("status")
                .in(DirectiveStatus.SUPERSEDED, DirectiveStatus.EXPIRED)
                .and(WITHDRAWN_AT)
                .exists(false)),
        Directive.class);
  }

  /** Issued directives that replace another, to finish a supersede interrupted by a crash. */
  public List<Directive> issuedSuccessors() {
    return mongo.find(
        query(where("status").is(DirectiveStatus.ISSUED).and("supersedesId").ne(null)),
        Directive.class);
  }

  /** Records that every assignment of the ended directive {@code id} is closed. */
  public void markAssignmentsWithdrawn(String id, Instant at) {
    mongo.updateFirst(
        query(where("_id").is(id)), new Update().set(WITHDRAWN_AT, at), Directive.class);
  }

  /**
   * Stores {@code changed} with its events if the stored directive is still at the version it was
   * read at (the outbox's versioned save moves the version on).
   *
   * @return false if it changed meanwhile: another edit, the issue or its end got there first
   */
  public boolean save(Directive changed, List<IdentifiedEvent> events) {
    try {
      outbox.save(changed, events);
      return true;
    } catch (OptimisticLockingFailureException changedMeanwhile) {
      return false;
    }
  }
}
