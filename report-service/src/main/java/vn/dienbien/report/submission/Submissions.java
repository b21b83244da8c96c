package vn.dienbien.report.submission;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.obligation.EvidenceFile;
import vn.dienbien.report.obligation.InvalidReport;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationConflict;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.Report;
import vn.dienbien.report.obligation.Transitions;

/**
 * A unit submits a report: the obligation decides ({@link Obligation#submit}); the new revision,
 * the obligation's state and the submitted event are then one guarded write. Evidence is checked
 * before anything is stored and removed if the obligation refuses or the write loses.
 */
@Service
public class Submissions {

  private final Obligations obligations;
  private final EvidenceStore evidence;
  private final Outbox outbox;
  private final Clock clock;
  private final MeterRegistry meters;
  private final CurrentActor actor;

  Submissions(
      Obligations obligations,
      EvidenceStore evidence,
      Outbox outbox,
      Clock clock,
      MeterRegistry meters,
      CurrentActor actor) {
    this.obligations = obligations;
    this.evidence = evidence;
    this.outbox = outbox;
    this.clock = clock;
    this.meters = meters;
    this.actor = actor;
  }

  public Report submit(
      String unitId, String actorId, SubmitReport request, List<MultipartFile> files) {
    Obligation obligation =
        obligations
            .byId(request.obligationId())
            .orElseThrow(() -> ApiProblem.notFound("nghĩa vụ báo cáo", request.obligationId()));
    requireOwnUnit(obligation, unitId);
    // Refused reports store no evidence: the rules are checked before the files are kept.
    try {
      obligation.checkSubmission(request.content(), clock);
    } catch (ObligationConflict | InvalidReport refused) {
      meters.counter("reports.refused", "reason", reason(refused)).increment();
      throw refused;
    }
    List<EvidenceStore.Checked> checked = evidence.check(files);
    List<EvidenceFile> stored = evidence.store(obligation.id(), checked);
    Obligation.Submitted submitted;
    try {
      submitted = obligation.submit(request.content(), stored, actorId, clock);
    } catch (RuntimeException refused) {
      evidence.discard(stored);
      throw refused;
    }
    Report report = submitted.report();
    var update =
        Transitions.next(obligation)
            .push("reports", report)
            .set("state", submitted.obligation().state());
    if (!outbox.update(
        Obligation.class, Transitions.unchanged(obligation), update, submitted.events())) {
      evidence.discard(stored);
      throw ApiProblem.conflict(
          "obligation-changed", "Nghĩa vụ báo cáo vừa thay đổi, vui lòng tải lại và gửi lại");
    }
    meters.counter("reports.submitted", "timeliness", report.timeliness().name()).increment();
    return report;
  }

  private static String reason(RuntimeException refused) {
    return refused instanceof ObligationConflict conflict ? conflict.code() : "status-progress";
  }

  private void requireOwnUnit(Obligation obligation, String unitId) {
    // The owner is only known here: an officer acts for the unit in their token alone.
    actor.requireUnit(obligation.unitId());
    if (!obligation.unitId().equals(unitId)) {
      // Same answer as requireUnit, naming neither unit: the caller learns nothing of others' work.
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "forbidden-unit",
          "Không có quyền",
          "Đơn vị của bạn không được giao nhiệm vụ này",
          List.of());
    }
  }
}
