package vn.dienbien.report.obligation;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.directive.DeadlineExtended;
import vn.dienbien.contracts.directive.TaskAssigned;

/**
 * Opens, moves and closes obligations as directive-service assigns, extends and closes. Every step
 * is idempotent (deterministic ids, guarded updates), because events may be redelivered.
 */
@Service
public class ObligationLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ObligationLifecycle.class);

  private final MongoTemplate mongo;
  private final AssignmentLedger ledger;
  private final Obligations obligations;
  private final DueDates dueDates;
  private final ObligationPlanner planner;
  private final MeterRegistry meters;
  private final Clock clock;

  ObligationLifecycle(
      MongoTemplate mongo,
      AssignmentLedger ledger,
      Obligations obligations,
      DueDates dueDates,
      CalendarProperties calendar,
      MeterRegistry meters,
      Clock clock) {
    this.mongo = mongo;
    this.ledger = ledger;
    this.obligations = obligations;
    this.dueDates = dueDates;
    this.planner = new ObligationPlanner(calendar, clock);
    this.meters = meters;
    this.clock = clock;
  }

  /** Opens the obligations of a new assignment; a redelivery opens nothing new. */
  public void open(TaskAssigned task) {
    if (ledger.isClosed(task.assignmentId())) {
      log.info("Assignment {} is closed; no obligations opened", task.assignmentId());
      return;
    }
    List<Obligation> planned =
        ObligationPlanner.besideStored(
            planner.plan(task), ledger.obligationIds(task.assignmentId()));
    ledger.record(task.assignmentId(), planned.stream().map(Obligation::id).toList());
    int opened = 0;
    for (Obligation obligation : planned) {
      try {
        mongo.insert(obligation);
        opened++;
      } catch (DuplicateKeyException redelivered) {
        log.debug("Obligation {} already open", obligation.id());
      }
    }
    // Watch after the obligations exist: a sweep (any instance) that reads a watch before its
    // obligation drops it as gone, and the reminders of that obligation were then lost for good.
    // A crash before the watch is harmless: the event is handled again and watches again.
    planned.forEach(o -> dueDates.watch(o.id(), o.dueAt()));
    meters.counter("obligations.opened").increment(opened);
  }

  /** Moves the current due date of the assignment; the original stays on the obligation. */
  public void extend(DeadlineExtended extension) {
    List<Obligation> owned = obligations.byIds(ledger.obligationIds(extension.assignmentId()));
    Optional<Obligation> target =
        owned.stream()
            .filter(o ->
                o.dueDate().equals(extension.previousDueDate())
                    && o.state() != ObligationState.CLOSED)
            .findFirst()
            .or(() ->
                owned.stream()
                    .filter(o -> o.state().awaitingReport())
                    .min(Comparator.comparing(Obligation::dueDate)));
    if (target.isEmpty() || target.get().dueDate().equals(extension.newDueDate())) {
      return;
    }
    Obligation obligation = target.get();
    var dueAt = ObligationPlanner.dueAt(extension.newDueDate(), clock.getZone());
    boolean moved =
        mongo
                .updateFirst(
                    Transitions.unchanged(obligation),
                    Transitions.next(obligation)
                        .set("dueDate", extension.newDueDate())
                        .set("dueAt", dueAt)
                        .inc("extensions", 1)
                        .set("overdueStep", Obligation.NO_STEP)
                        .unset("dueSoonLead"),
                    Obligation.class)
                .getModifiedCount()
            == 1;
    if (moved) {
      dueDates.watch(obligation.id(), dueAt);
      meters.counter("obligations.extended").increment();
    }
  }

  /** Closes what is still owed on the assignment and refuses to open anything for it again. */
  public void close(AssignmentClosed closed) {
    ledger.close(closed.assignmentId(), closed.reason().name(), clock.instant());
    long count =
        obligations.byIds(ledger.obligationIds(closed.assignmentId())).stream()
            .filter(o -> o.state().awaitingReport())
            .filter(o ->
                mongo
                        .updateFirst(
                            Transitions.unchanged(o),
                            Transitions.next(o).set("state", ObligationState.CLOSED),
                            Obligation.class)
                        .getModifiedCount()
                    == 1)
            .count();
    meters.counter("obligations.closed").increment(count);
  }
}
