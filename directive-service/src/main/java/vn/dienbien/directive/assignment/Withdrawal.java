package vn.dienbien.directive.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.directive.directive.Directive;
import vn.dienbien.directive.directive.DirectiveStatus;
import vn.dienbien.directive.directive.Directives;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;

/**
 * Ends a directive (superseded or expired) and withdraws its still-open assignments, so
 * report-service stops chasing units for a directive that no longer applies. The status flips
 * first; then each open assignment is closed with its assignment-closed event in one guarded write,
 * under the same event identity as any other close. The directive is marked done only after the
 * last one, so a run interrupted half-way is simply run again (next supersede call, or the daily
 * job) and closes the rest without a second event.
 */
@Service
public class Withdrawal {

  private static final Logger log = LoggerFactory.getLogger(Withdrawal.class);

  private final Directives directives;
  private final Assignments assignments;
  private final Outbox outbox;
  private final Clock clock;
  private final MeterRegistry meters;

  Withdrawal(
      Directives directives,
      Assignments assignments,
      Outbox outbox,
      Clock clock,
      MeterRegistry meters) {
    this.directives = directives;
    this.assignments = assignments;
    this.outbox = outbox;
    this.clock = clock;
    this.meters = meters;
  }

  /** Marks the directive {@code successor} replaces as superseded and withdraws its assignments. */
  void supersede(Directive successor, String actorId) {
    String previous = successor.supersedesId();
    if (previous == null) {
      return;
    }
    if (directives.transition(previous, DirectiveStatus.ISSUED, DirectiveStatus.SUPERSEDED)) {
      meters.counter("directives.ended", "status", "SUPERSEDED").increment();
      log.info("Directive {} superseded by {}", previous, successor.number());
    }
    directives.find(previous).ifPresent(d -> withdraw(d, actorId));
  }

  /** Marks an issued directive whose period has ended as expired and withdraws its assignments. */
  void expire(Directive directive) {
    if (directives.transition(directive.id(), DirectiveStatus.ISSUED, DirectiveStatus.EXPIRED)) {
      meters.counter("directives.ended", "status", "EXPIRED").increment();
      log.info("Directive {} expired (period ended {})", directive.number(), directive.periodEnd());
    }
    directives.find(directive.id()).ifPresent(d -> withdraw(d, null));
  }

  /** Finishes every supersede or withdrawal a crash left half done. */
  void resumeInterrupted() {
    directives.issuedSuccessors().forEach(successor -> supersede(successor, null));
    directives.endedWithOpenAssignments().forEach(d -> withdraw(d, null));
  }

  /**
   * Closes the still-open assignments of an ended directive; does nothing to an issued one.
   *
   * @return how many this call closed (0 when a previous run already closed them all)
   */
  int withdraw(Directive directive, String actorId) {
    if (directive.status() != DirectiveStatus.SUPERSEDED
        && directive.status() != DirectiveStatus.EXPIRED) {
      return 0;
    }
    int closed = 0;
    for (Assignment a : assignments.stillOpen(directive.id())) {
      if (close(a, actorId)) {
        closed++;
      }
    }
    directives.markAssignmentsWithdrawn(directive.id(), clock.instant());
    meters.counter("assignments.closed", "reason", "WITHDRAWN").increment(closed);
    log.info(
        "Directive {} {}: {} assignments withdrawn",
        directive.number(),
        directive.status(),
        closed);
    return closed;
  }

  private boolean close(Assignment a, String actorId) {
    var event =
        new AssignmentClosed(
            a.id(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.unitId(),
            a.unitName(),
            AssignmentClosed.Reason.WITHDRAWN,
            OffsetDateTime.now(clock),
            actorId,
            AssignmentClosed.ClosedBy.DIRECTIVE_ENDED,
            null);
    var guard =
        query(
            where("_id")
                .is(a.id())
                .and("status")
                .in(AssignmentStatus.OPEN, AssignmentStatus.EXTENDED));
    var update =
        new Update()
            .set("status", AssignmentStatus.CLOSED)
            .set("closedAt", clock.instant())
            .set("closedReason", AssignmentClosed.Reason.WITHDRAWN)
            .unset("pendingExtension");
    return outbox.update(
        Assignment.class,
        guard,
        update,
        List.of(IdentifiedEvent.of(event, "assignment:" + a.id() + ":closed")));
  }
}
