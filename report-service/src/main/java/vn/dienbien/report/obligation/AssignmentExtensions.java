package vn.dienbien.report.obligation;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Moves the obligation of a fixed-date assignment whose extension directive-service approved to the
 * new due date; the original stays on the obligation. The move and its extension-decided event
 * (scope ASSIGNMENT, so reminders about the old date are void) are one guarded write; a redelivered
 * event finds the obligation already moved and changes nothing.
 */
@Service
class AssignmentExtensions {

  private final AssignmentLedger ledger;
  private final Obligations obligations;
  private final DueDates dueDates;
  private final MeterRegistry meters;
  private final Clock clock;

  AssignmentExtensions(
      AssignmentLedger ledger,
      Obligations obligations,
      DueDates dueDates,
      MeterRegistry meters,
      Clock clock) {
    this.ledger = ledger;
    this.obligations = obligations;
    this.dueDates = dueDates;
    this.meters = meters;
    this.clock = clock;
  }

  /**
   * An extension of assignment {@code assignmentId} approved in directive-service ({@code
   * extensionId}): its due date moved from {@code previousDueDate} to {@code newDueDate}.
   */
  record Approved(
      String assignmentId,
      String extensionId,
      LocalDate previousDueDate,
      LocalDate newDueDate,
      String actorId) {}

  void extend(Approved extension) {
    Optional<Obligation> target = targetOf(extension);
    if (target.isEmpty()) {
      return;
    }
    Obligation obligation = target.get();
    Obligation.Changed moved =
        ExtensionRules.follow(
            obligation,
            extension.extensionId(),
            extension.newDueDate(),
            extension.actorId(),
            clock);
    if (moved.events().isEmpty()) {
      return;
    }
    if (obligations.storeExtension(obligation, moved)) {
      dueDates.watch(obligation.id(), moved.obligation().dueAt());
      meters.counter("obligations.extended", "scope", "ASSIGNMENT").increment();
    }
  }

  /** The obligation due on the previous date, else the earliest still awaiting a report. */
  private Optional<Obligation> targetOf(Approved extension) {
    List<Obligation> owned = obligations.byIds(ledger.obligationIds(extension.assignmentId()));
    return owned.stream()
        .filter(o ->
            o.dueDate().equals(extension.previousDueDate()) && o.state() != ObligationState.CLOSED)
        .findFirst()
        .or(() ->
            owned.stream()
                .filter(o -> o.state().awaitingReport())
                .min(Comparator.comparing(Obligation::dueDate)));
  }
}
