package vn.dienbien.directive.assignment;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.refusal.Refusal;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.platform.time.ClockConfiguration;

/**
 * Deadline extensions of fixed-date assignments: a unit asks (reason, a proposed date after the
 * current due date and not before today), the monitoring body approves (the current due date moves,
 * the original stays for on-time statistics, deadline-extended is published) or rejects. Requests
 * and decisions are published too, so the monitoring body and the unit are told. One request may be
 * pending per assignment; each decision happens once. {@link Assignment} decides; this loads, calls
 * and saves.
 */
@Service
public class Extensions {

  private final Assignments assignments;
  private final Clock clock;
  private final MeterRegistry meters;
  private final CurrentActor actor;
  private final String monitoringUnitId;

  Extensions(
      Assignments assignments,
      Clock clock,
      MeterRegistry meters,
      CurrentActor actor,
      @Value("${directive.monitoring-unit-id:BTGDV-TU}") String monitoringUnitId) {
    this.assignments = assignments;
    this.clock = clock;
    this.meters = meters;
    this.actor = actor;
    this.monitoringUnitId = monitoringUnitId;
  }

  /**
   * Only the assigned unit asks. The policy cannot see whose assignment this is, so the check is
   * here, before anything about the assignment is revealed; the refusal names no unit.
   */
  public Assignment request(
      String assignmentId, String reason, LocalDate proposed, String actorId) {
    Assignment a = assignments.get(assignmentId);
    actor.requireUnit(a.unitId());
    String by = actorId != null ? actorId : a.unitId();
    var request =
        ExtensionRequest.pending(
            UUID.randomUUID().toString(), reason, proposed, by, clock.instant());
    Assignment asked = a.ask(request, today());
    var event = ExtensionEvents.requested(a, request, clock.getZone());
    // Only a request or a close can have changed it since it was read: either way, as refused here.
    if (!assignments.save(asked, List.of(event))) {
      throw ExtensionRefusals.pending();
    }
    meters.counter("deadline.extensions", "decision", "requested").increment();
    return assignments.get(a.id());
  }

  public Assignment approve(
      String assignmentId,
      String requestId,
      LocalDate approvedDueDate,
      String note,
      String decidingUnit,
      String actorId) {
    checkMonitoringBody(decidingUnit);
    Assignment a = assignments.get(assignmentId);
    var decided = new Assignment.Decided(note, actorId, clock.instant());
    Assignment next = a.approve(requestId, approvedDueDate, decided, today());
    LocalDate newDue = next.currentDueDate();
    save(
        next,
        List.of(
            ExtensionEvents.extended(a, requestId, newDue, actorId),
            ExtensionEvents.decided(a, next.lastDecision(), newDue, clock.getZone())));
    meters.counter("deadline.extensions", "decision", "approved").increment();
    return assignments.get(a.id());
  }

  public Assignment reject(
      String assignmentId, String requestId, String note, String decidingUnit, String actorId) {
    checkMonitoringBody(decidingUnit);
    Assignment a = assignments.get(assignmentId);
    Assignment next = a.reject(requestId, new Assignment.Decided(note, actorId, clock.instant()));
    save(
        next,
        List.of(
            ExtensionEvents.decided(a, next.lastDecision(), a.currentDueDate(), clock.getZone())));
    meters.counter("deadline.extensions", "decision", "rejected").increment();
    return assignments.get(a.id());
  }

  /** Today in Asia/Ho_Chi_Minh, whatever the clock's zone. */
  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
  }

  private void checkMonitoringBody(String decidingUnit) {
    if (decidingUnit != null && !decidingUnit.equals(monitoringUnitId)) {
      throw Refusal.forbidden(
          "Chỉ cơ quan theo dõi thực hiện chỉ thị mới duyệt hoặc từ chối đề nghị gia hạn");
    }
  }

  /**
   * Stores a decision; while a request is pending only another decision or a close can change the
   * assignment, and either leaves this request decided.
   */
  private void save(Assignment decided, List<IdentifiedEvent> events) {
    if (!assignments.save(decided, events)) {
      throw ExtensionRefusals.decidedMeanwhile();
    }
  }
}
