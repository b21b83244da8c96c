package vn.dienbien.report.submission;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.report.obligation.EvidenceFile;
import vn.dienbien.report.obligation.InvalidReport;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationConflict;
import vn.dienbien.report.obligation.ObligationForbidden;
import vn.dienbien.report.obligation.ObligationNotFound;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.Report;

/**
 * A unit submits a report: load, let the obligation decide ({@link Obligation#submit}), store the
 * new revision, the state and the submitted event in one guarded write. Evidence is checked before
 * anything is stored and removed if the obligation refuses or the write loses.
 */
@Service
public class Submissions {

  private final Obligations obligations;
  private final EvidenceStore evidence;
  private final Clock clock;
  private final MeterRegistry meters;
  private final CurrentActor actor;

  Submissions(
      Obligations obligations,
      EvidenceStore evidence,
      Clock clock,
      MeterRegistry meters,
      CurrentActor actor) {
    this.obligations = obligations;
    this.evidence = evidence;
    this.clock = clock;
    this.meters = meters;
    this.actor = actor;
  }

  public Report submit(String unitId, String actorId, SubmitReport request, List<Upload> files) {
    Obligation obligation =
        obligations
            .byId(request.obligationId())
            .orElseThrow(() -> new ObligationNotFound("nghĩa vụ báo cáo", request.obligationId()));
    requireOwnUnit(obligation, unitId);
    // Refused reports store no evidence: the rules are checked before the files are kept.
    try {
      obligation.checkSubmission(request.content(), clock);
    } catch (ObligationConflict | InvalidReport refused) {
      meters.counter("reports.refused", "reason", reason(refused)).increment();
      throw refused;
    }
    List<EvidenceFile> stored = evidence.store(obligation.id(), evidence.check(files));
    try {
      Obligation.Submitted submitted = obligation.submit(request.content(), stored, actorId, clock);
      if (!obligations.storeSubmission(obligation, submitted)) {
        throw new ObligationConflict(
            "obligation-changed", "Nghĩa vụ báo cáo vừa thay đổi, vui lòng tải lại và gửi lại");
      }
      Report report = submitted.report();
      meters.counter("reports.submitted", "timeliness", report.timeliness().name()).increment();
      return report;
    } catch (RuntimeException refused) {
      evidence.discard(stored);
      throw refused;
    }
  }

  private static String reason(RuntimeException refused) {
    return refused instanceof ObligationConflict conflict ? conflict.code() : "status-progress";
  }

  private void requireOwnUnit(Obligation obligation, String unitId) {
    // The owner is only known here: an officer acts for the unit in their token alone.
    actor.requireUnit(obligation.unitId());
    if (!obligation.unitId().equals(unitId)) {
      // Same answer as requireUnit, naming neither unit: the caller learns nothing of others' work.
      throw new ObligationForbidden(
          "forbidden-unit", "Đơn vị của bạn không được giao nhiệm vụ này");
    }
  }
}
