package vn.dienbien.report.detection;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.report.obligation.Assignment;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.Transitions;

/**
 * Emits one reminder and records it on the obligation in the same guarded write, so a second sweep
 * (or instance) that read the same obligation cannot emit it again; the name-based event id makes a
 * replayed write yield the same CloudEvents id.
 */
class Reminders {

  private final Outbox outbox;
  private final MeterRegistry meters;

  Reminders(Outbox outbox, MeterRegistry meters) {
    this.outbox = outbox;
    this.meters = meters;
  }

  boolean emit(Obligation obligation, Escalation.Alert alert) {
    boolean overdue = alert.kind() == Escalation.Kind.OVERDUE;
    Update update =
        Transitions.next(obligation).set(overdue ? "overdueStep" : "dueSoonLead", alert.value());
    DomainEvent event = overdue ? overdue(obligation, alert) : dueSoon(obligation, alert);
    boolean emitted =
        outbox.update(Obligation.class, Transitions.unchanged(obligation), update, List.of(event));
    if (emitted) {
      String name = overdue ? "obligations.overdue" : "obligations.due-soon";
      meters.counter(name, "step", String.valueOf(alert.value())).increment();
    }
    return emitted;
  }

  private static IdentifiedEvent overdue(Obligation o, Escalation.Alert alert) {
    Assignment a = o.assignment();
    var event =
        new ReportOverdue(
            o.id(),
            a.assignmentId(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.taskCode(),
            a.taskContent(),
            a.unitId(),
            a.unitName(),
            o.periodLabel(),
            o.dueDate(),
            (int) alert.daysOverdue(),
            alert.value());
    return IdentifiedEvent.of(event, identity(o) + ":overdue:" + alert.value());
  }

  private static IdentifiedEvent dueSoon(Obligation o, Escalation.Alert alert) {
    Assignment a = o.assignment();
    var event =
        new ReportDueSoon(
            o.id(),
            a.assignmentId(),
            a.directiveId(),
            a.directiveNumber(),
            a.taskId(),
            a.taskCode(),
            a.taskContent(),
            a.unitId(),
            a.unitName(),
            o.periodLabel(),
            o.dueDate(),
            alert.value());
    return IdentifiedEvent.of(event, identity(o) + ":due-soon:" + alert.value());
  }

  /** An extended due date starts a new series of reminders, so it gets its own identities. */
  private static String identity(Obligation o) {
    return "obligation:" + o.id() + (o.extensions() == 0 ? "" : ":ext" + o.extensions());
  }
}
