package vn.dienbien.report.obligation;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Opens and closes obligations as directive-service assigns and closes ({@link
 * AssignmentExtensions} moves them when it extends). Every step is idempotent (deterministic ids,
 * guarded updates), because events may be redelivered, and is an outbox write, so the obligation's
 * current state is published with it ({@link ObligationStateEvents}).
 */
@Service
public class ObligationLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ObligationLifecycle.class);

  private final AssignmentLedger ledger;
  private final Obligations obligations;
  private final DueDates dueDates;
  private final ObligationPlanner planner;
  private final MeterRegistry meters;
  private final Clock clock;

  ObligationLifecycle(
      AssignmentLedger ledger,
      Obligations obligations,
      DueDates dueDates,
      CalendarProperties calendar,
      MeterRegistry meters,
      Clock clock) {
    this.ledger = ledger;
    this.obligations = obligations;
    this.dueDates = dueDates;
    this.planner = new ObligationPlanner(calendar, clock);
    this.meters = meters;
    this.clock = clock;
  }

  /** Opens the obligations of a new assignment; a redelivery opens nothing new. */
  public void open(AssignedTask task) {
    String assignmentId = task.assignment().assignmentId();
    if (ledger.isClosed(assignmentId)) {
      log.info("Assignment {} is closed; no obligations opened", assignmentId);
      return;
    }
    List<Obligation> planned =
        ObligationPlanner.besideStored(planner.plan(task), ledger.obligationIds(assignmentId));
    ledger.record(assignmentId, planned.stream().map(Obligation::id).toList());
    int opened = 0;
    for (Obligation obligation : planned) {
      if (obligations.storeOpened(obligation)) {
        opened++;
      } else {
        log.debug("Obligation {} already open", obligation.id());
      }
    }
    // Watch after the obligations exist: a sweep (any instance) that reads a watch before its
    // obligation drops it as gone, and the reminders of that obligation were then lost for good.
    // A crash before the watch is harmless: the event is handled again and watches again.
    planned.forEach(o -> dueDates.watch(o.id(), o.dueAt()));
    meters.counter("obligations.opened").increment(opened);
  }

  /**
   * Closes what is still owed on the assignment and refuses to open anything for it again; {@code
   * reason} is kept in the ledger as directive-service gave it (FINAL_REPORT_ACCEPTED, WITHDRAWN).
   */
  public void close(String assignmentId, String reason) {
    ledger.close(assignmentId, reason, clock.instant());
    long count =
        obligations.byIds(ledger.obligationIds(assignmentId)).stream()
            .filter(o -> o.close().filter(c -> obligations.storeClosed(o, c)).isPresent())
            .count();
    meters.counter("obligations.closed").increment(count);
  }
}
