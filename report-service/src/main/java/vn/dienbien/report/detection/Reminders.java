package vn.dienbien.report.detection;

import io.micrometer.core.instrument.MeterRegistry;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.Obligations;

/**
 * Emits one reminder and records it on the obligation in the same guarded write, so a second sweep
 * (or instance) that read the same obligation cannot emit it again; the name-based event id makes a
 * replayed write yield the same CloudEvents id.
 */
class Reminders {

  private final Obligations obligations;
  private final MeterRegistry meters;

  Reminders(Obligations obligations, MeterRegistry meters) {
    this.obligations = obligations;
    this.meters = meters;
  }

  boolean emit(Obligation obligation, Escalation.Alert alert) {
    boolean overdue = alert.kind() == Escalation.Kind.OVERDUE;
    Obligation.Changed reminded =
        overdue
            ? obligation.markOverdue(alert.value(), (int) alert.daysOverdue())
            : obligation.markDueSoon(alert.value());
    boolean emitted = obligations.storeReminder(obligation, reminded);
    if (emitted) {
      String name = overdue ? "obligations.overdue" : "obligations.due-soon";
      meters.counter(name, "step", String.valueOf(alert.value())).increment();
    }
    return emitted;
  }
}
