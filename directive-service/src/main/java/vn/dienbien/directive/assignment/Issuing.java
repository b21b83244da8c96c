package vn.dienbien.directive.assignment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dienbien.directive.directive.Directive;
import vn.dienbien.directive.directive.DirectiveEvents;
import vn.dienbien.directive.directive.DirectiveLifecycle;
import vn.dienbien.directive.directive.DirectiveStatus;
import vn.dienbien.directive.directive.Directives;

/**
 * Issues a directive: one assignment per unit for every task, each stored with its task-assigned
 * event, then the directive flips to ISSUED with its directive-issued event. Assignment ids and
 * event ids are deterministic and the flip comes last, so a retry after a crash anywhere in between
 * completes the missing assignments and duplicates nothing. Whether an assignment exists already is
 * an {@code _id} point read in the outbox, so its cost does not grow with the collection.
 */
@Service
public class Issuing {

  /** What an issue call did: {@code created} is 0 when everything already existed. */
  public record Result(Directive directive, int assignments, int created, boolean alreadyIssued) {}

  private static final Logger log = LoggerFactory.getLogger(Issuing.class);

  private final Directives directives;
  private final Assignments assignments;
  private final IssuePlan plan;
  private final Clock clock;
  private final MeterRegistry meters;
  private final Withdrawal withdrawal;

  Issuing(
      Directives directives,
      Assignments assignments,
      IssuePlan plan,
      Clock clock,
      MeterRegistry meters,
      Withdrawal withdrawal) {
    this.directives = directives;
    this.assignments = assignments;
    this.plan = plan;
    this.clock = clock;
    this.meters = meters;
    this.withdrawal = withdrawal;
  }

  public Result issue(String directiveId, String actorId) {
    return issue(directiveId, actorId, clock.instant());
  }

  /** Issues as of {@code assignedAt} (the seed issues the 2026 directives as of their date). */
  public Result issue(String directiveId, String actorId, Instant assignedAt) {
    Directive directive = directives.get(directiveId);
    DirectiveLifecycle.requireIssuable(directive);
    if (directive.status() == DirectiveStatus.ISSUED) {
      // a crash may have stopped the first call between issuing and superseding: finish it
      withdrawal.supersede(directive, actorId);
      return new Result(directive, directive.assignmentCount(), 0, true);
    }
    return Timer.builder("directives.issue")
        .register(meters)
        .record(() -> assignAll(directive, actorId, assignedAt));
  }

  private Result assignAll(Directive directive, String actorId, Instant assignedAt) {
    List<Assignment> planned = plan.of(directive, assignedAt);
    int created = 0;
    for (Assignment assignment : planned) {
      var event = AssignmentEvents.assigned(assignment, actorId, clock.getZone());
      if (assignments.insertIfAbsent(assignment, List.of(event))) {
        created++;
      }
    }
    markIssued(directive, planned.size(), actorId, assignedAt);
    meters.counter("assignments.created").increment(created);
    log.info(
        "Issued directive {}: {} assignments, {} new", directive.number(), planned.size(), created);
    return new Result(directives.get(directive.id()), planned.size(), created, false);
  }

  /**
   * The assignments issuing would create now, written nowhere: what the Văn phòng previews before
   * issuing (how many units, and for whom). Errors name the offending task field, as issuing would.
   */
  public List<Assignment> preview(String directiveId) {
    return plan.of(directives.get(directiveId), clock.instant());
  }

  private void markIssued(Directive d, int assignmentCount, String actorId, Instant issuedAt) {
    Directive issued = DirectiveLifecycle.issue(d, assignmentCount, issuedAt);
    if (directives.save(issued, List.of(DirectiveEvents.issued(issued, actorId)))) {
      meters.counter("directives.issued").increment();
    } else if (directives.get(d.id()).status() == DirectiveStatus.DRAFT) {
      // edited while its assignments were written: issue again from what is stored now
      throw DirectiveLifecycle.concurrentEdit();
    } // else another call issued it first
    withdrawal.supersede(d, actorId);
  }
}
