package vn.dienbien.report.submission;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.obligation.Assignment;
import vn.dienbien.report.obligation.EvidenceFile;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.Report;
import vn.dienbien.report.obligation.Timeliness;
import vn.dienbien.report.obligation.Transitions;

/**
 * A unit submits a report: the new revision, the obligation's state and the submitted event are one
 * guarded write; evidence is checked before anything is stored and removed if the write loses.
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
    requireSubmittable(obligation, unitId);
    List<EvidenceStore.Checked> checked = evidence.check(files);
    List<EvidenceFile> stored = evidence.store(obligation.id(), checked);
    Report report = report(obligation, request, stored, actorId);
    var update =
        Transitions.next(obligation)
            .push("reports", report)
            .set("state", ObligationState.SUBMITTED);
    var event =
        IdentifiedEvent.of(submitted(obligation, report), "report:" + report.id() + ":submitted");
    if (!outbox.update(
        Obligation.class, Transitions.unchanged(obligation), update, List.of(event))) {
      evidence.discard(stored);
      throw ApiProblem.conflict(
          "obligation-changed", "Nghĩa vụ báo cáo vừa thay đổi, vui lòng tải lại và gửi lại");
    }
    meters.counter("reports.submitted", "timeliness", report.timeliness().name()).increment();
    return report;
  }

  private void requireSubmittable(Obligation obligation, String unitId) {
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
    switch (obligation.state()) {
      case OPEN, RETURNED -> {}
      case SUBMITTED ->
          throw ApiProblem.conflict("report-pending-review", "Báo cáo kỳ này đang chờ thẩm định");
      case ACCEPTED ->
          throw ApiProblem.conflict("report-accepted", "Báo cáo kỳ này đã được chấp nhận");
      case CLOSED ->
          throw ApiProblem.conflict(
              "obligation-closed", "Nhiệm vụ đã kết thúc, không nhận báo cáo");
    }
  }

  private Report report(
      Obligation obligation, SubmitReport request, List<EvidenceFile> files, String actorId) {
    Instant now = clock.instant();
    boolean late = now.isAfter(obligation.dueAt());
    int daysLate = late ? (int) Duration.between(obligation.dueAt(), now).toDays() : 0;
    int revision = obligation.revisions() + 1;
    return new Report(
        Report.idOf(obligation.id(), revision),
        revision,
        request.content(),
        files,
        now,
        late,
        daysLate,
        Timeliness.grade(late, daysLate),
        actorId,
        null);
  }

  private ReportSubmitted submitted(Obligation obligation, Report report) {
    Assignment a = obligation.assignment();
    return new ReportSubmitted(
        report.id(),
        obligation.id(),
        a.assignmentId(),
        a.directiveId(),
        a.directiveNumber(),
        a.taskId(),
        a.taskCode(),
        a.unitId(),
        a.unitName(),
        obligation.periodLabel(),
        obligation.dueDate(),
        OffsetDateTime.ofInstant(report.submittedAt(), clock.getZone()),
        report.late(),
        report.daysLate(),
        report.content().progressPercent(),
        ReportSubmitted.Status.valueOf(report.content().status().name()),
        report.revision(),
        report.actorId());
  }
}
