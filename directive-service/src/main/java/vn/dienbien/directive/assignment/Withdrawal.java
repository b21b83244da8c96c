package vn.dienbien.directive.assignment;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dienbien.directive.directive.Directive;
import vn.dienbien.directive.directive.DirectiveLifecycle;
import vn.dienbien.directive.directive.DirectiveStatus;
import vn.dienbien.directive.directive.Directives;

/**
 * Ends a directive (superseded or expired) and withdraws its still-open assignments, so
 * report-service stops chasing units for a directive that no longer applies. The status flips
 * first; then each open assignment is closed by {@link AssignmentClosing}, under the same event
 * identity as any other close. The directive is marked done only after the last one, so a run
 * interrupted half-way is simply run again (next supersede call, or the daily job) and closes the
 * rest without a second event.
 */
@Service
public class Withdrawal {

  private static final Logger log = LoggerFactory.getLogger(Withdrawal.class);

  /** Writes lost to other writers before giving up. */
  private static final int ATTEMPTS = 3;

  private final Directives directives;
  private final Assignments assignments;
  private final AssignmentClosing closing;
  private final Clock clock;
  private final MeterRegistry meters;

  Withdrawal(
      Directives directives,
      Assignments assignments,
      AssignmentClosing closing,
      Clock clock,
      MeterRegistry meters) {
    this.directives = directives;
    this.assignments = assignments;
    this.closing = closing;
    this.clock = clock;
    this.meters = meters;
  }

  /** Marks the directive {@code successor} replaces as superseded and withdraws its assignments. */
  void supersede(Directive successor, String actorId) {
    String previous = successor.supersedesId();
    if (previous == null) {
      return;
    }
    if (end(previous, DirectiveStatus.SUPERSEDED)) {
      log.info("Directive {} superseded by {}", previous, successor.number());
    }
    directives.find(previous).ifPresent(d -> withdraw(d, actorId));
  }

  /** Marks an issued directive whose period has ended as expired and withdraws its assignments. */
  void expire(Directive directive) {
    if (end(directive.id(), DirectiveStatus.EXPIRED)) {
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
    if (!directive.hasEnded()) {
      return 0;
    }
    int closed = 0;
    for (Assignment a : assignments.stillOpen(directive.id())) {
      if (closing.close(a, Closure.DIRECTIVE_ENDED, OffsetDateTime.now(clock), actorId, null)) {
        closed++;
      }
    }
    directives.markAssignmentsWithdrawn(directive.id(), clock.instant());
    log.info(
        "Directive {} {}: {} assignments withdrawn",
        directive.number(),
        directive.status(),
        closed);
    return closed;
  }

  /**
   * Ends issued directive {@code id}; false if it was not issued (ended already). Only an end
   * changes an issued directive, so a write that lost finds it ended when read again.
   */
  private boolean end(String id, DirectiveStatus to) {
    for (int attempt = 1; ; attempt++) {
      var ended = directives.find(id).flatMap(d -> DirectiveLifecycle.end(d, to));
      if (ended.isEmpty()) {
        return false;
      }
      if (directives.save(ended.get(), List.of())) {
        meters.counter("directives.ended", "status", to.name()).increment();
        return true;
      }
      if (attempt == ATTEMPTS) {
        throw DirectiveLifecycle.concurrentEdit();
      }
    }
  }
}
