package vn.dienbien.report.extension;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.report.obligation.DueDates;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationConflict;
import vn.dienbien.report.obligation.ObligationForbidden;
import vn.dienbien.report.obligation.ObligationNotFound;
import vn.dienbien.report.obligation.Obligations;

/**
 * Loads the obligation, lets it decide, stores the change with its events in one guarded write. An
 * approval then watches the new due date; checkpoints of the old one find the obligation moved and
 * its reminder state reset, so they plan for the new date only.
 */
@Service
public class ObligationExtensions {

  private final Obligations obligations;
  private final DueDates dueDates;
  private final CurrentActor actor;
  private final MeterRegistry meters;
  private final Clock clock;

  ObligationExtensions(
      Obligations obligations,
      DueDates dueDates,
      CurrentActor actor,
      MeterRegistry meters,
      Clock clock) {
    this.obligations = obligations;
    this.dueDates = dueDates;
    this.actor = actor;
    this.meters = meters;
    this.clock = clock;
  }

  /** The unit's officer asks for {@code proposed}; only the unit the period is owed by may ask. */
  public Obligation request(
      String obligationId, LocalDate proposed, String reason, String unitId, String actorId) {
    Obligation obligation = load(obligationId);
    actor.requireUnit(obligation.unitId());
    if (!obligation.unitId().equals(unitId)) {
      throw new ObligationForbidden("Đơn vị của bạn không được giao nhiệm vụ này");
    }
    var changed =
        obligation.requestExtension(UUID.randomUUID().toString(), proposed, reason, actorId, clock);
    store(obligation, changed);
    meters.counter("obligations.extension-requests", "decision", "REQUESTED").increment();
    return load(obligationId);
  }

  /** The monitoring body approves or refuses the pending request {@code requestId}. */
  public Obligation decide(
      String obligationId,
      String requestId,
      boolean approve,
      String note,
      String decidingUnit,
      String actorId) {
    Obligation obligation = load(obligationId);
    var changed =
        obligation.decideExtension(requestId, approve, note, decidingUnit, actorId, clock);
    store(obligation, changed);
    if (approve) {
      dueDates.watch(obligation.id(), changed.obligation().dueAt());
      meters.counter("obligations.extended", "scope", "OBLIGATION").increment();
    }
    meters
        .counter("obligations.extension-requests", "decision", approve ? "APPROVED" : "REFUSED")
        .increment();
    return load(obligationId);
  }

  private Obligation load(String obligationId) {
    return obligations
        .byId(obligationId)
        .orElseThrow(() -> new ObligationNotFound("nghĩa vụ báo cáo", obligationId));
  }

  private void store(Obligation before, Obligation.Changed changed) {
    if (!obligations.storeExtension(before, changed)) {
      throw new ObligationConflict(
          "obligation-changed", "Nghĩa vụ báo cáo vừa thay đổi, vui lòng tải lại và gửi lại");
    }
  }
}
