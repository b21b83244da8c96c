package vn.dienbien.directive.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dienbien.directive.assignment.ExtensionRequest.Decision;
import vn.dienbien.directive.directive.Dates;
import vn.dienbien.directive.refusal.Refusal;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.platform.time.ClockConfiguration;

/**
 * Deadline extensions of fixed-date assignments: a unit asks (reason, a proposed date after the
 * current due date and not before today), the monitoring body approves (the current due date moves,
 * the original stays for on-time statistics, deadline-extended is published) or rejects. Requests
 * and decisions are published too, so the monitoring body and the unit are told. One request may be
 * pending per assignment; each decision happens once.
 */
@Service
public class Extensions {

  private final Assignments assignments;
  private final Outbox outbox;
  private final Clock clock;
  private final MeterRegistry meters;
  private final CurrentActor actor;
  private final String monitoringUnitId;

  Extensions(
      Assignments assignments,
      Outbox outbox,
      Clock clock,
      MeterRegistry meters,
      CurrentActor actor,
      @Value("${directive.monitoring-unit-id:BTGDV-TU}") String monitoringUnitId) {
    this.assignments = assignments;
    this.outbox = outbox;
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
    checkRequest(a, proposed);
    ExtensionRequest request =
        ExtensionRequest.pending(
            UUID.randomUUID().toString(),
            reason,
            proposed,
            actorId != null ? actorId : a.unitId(),
            clock.instant());
    Query guard =
        query(
            where("_id")
                .is(a.id())
                .and("pendingExtension")
                .is(null)
                .and("status")
                .ne(AssignmentStatus.CLOSED));
    if (!outbox.update(
        Assignment.class,
        guard,
        new Update().set("pendingExtension", request),
        List.of(ExtensionEvents.requested(a, request, clock.getZone())))) {
      throw Refusal.conflict(
          "extension-pending", "Phân công đã có đề nghị gia hạn đang chờ xử lý hoặc đã kết thúc");
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
    Assignment a = pendingOf(assignmentId, requestId);
    LocalDate newDue =
        approvedDueDate != null ? approvedDueDate : a.pendingExtension().proposedDueDate();
    if (!newDue.isAfter(a.currentDueDate())
        || newDue.isAfter(a.periodEnd())
        || newDue.isBefore(today())) {
      throw Refusal.invalidField(
          "approvedDueDate",
          "hạn mới phải sau "
              + Dates.shown(a.currentDueDate())
              + ", không trước ngày hôm nay "
              + Dates.shown(today())
              + " và không quá "
              + Dates.shown(a.periodEnd()));
    }
    ExtensionRequest decided =
        a.pendingExtension().decided(Decision.APPROVED, newDue, note, actorId, clock.instant());
    Update update =
        decide(decided).set("currentDueDate", newDue).set("status", AssignmentStatus.EXTENDED);
    write(
        a,
        requestId,
        update,
        List.of(
            ExtensionEvents.extended(a, requestId, newDue, actorId),
            ExtensionEvents.decided(a, decided, newDue, clock.getZone())));
    meters.counter("deadline.extensions", "decision", "approved").increment();
    return assignments.get(a.id());
  }

  public Assignment reject(
      String assignmentId, String requestId, String note, String decidingUnit, String actorId) {
    checkMonitoringBody(decidingUnit);
    Assignment a = pendingOf(assignmentId, requestId);
    ExtensionRequest decided =
        a.pendingExtension().decided(Decision.REJECTED, null, note, actorId, clock.instant());
    write(
        a,
        requestId,
        decide(decided),
        List.of(ExtensionEvents.decided(a, decided, a.currentDueDate(), clock.getZone())));
    meters.counter("deadline.extensions", "decision", "rejected").increment();
    return assignments.get(a.id());
  }

  private void checkRequest(Assignment a, LocalDate proposed) {
    if (a.isClosed()) {
      throw Refusal.conflict("assignment-closed", "Phân công đã kết thúc, không gia hạn được");
    }
    if (a.currentDueDate() == null) {
      throw Refusal.conflict(
          "no-due-date",
          "Nhiệm vụ thường xuyên/hằng năm không có hạn để gia hạn; kỳ báo cáo do báo cáo định kỳ quản lý",
          "deadlineKind",
          "chỉ gia hạn được nhiệm vụ có thời hạn cố định");
    }
    if (!proposed.isAfter(a.currentDueDate())) {
      throw Refusal.invalidField(
          "proposedDueDate",
          "hạn đề nghị phải sau hạn hiện tại " + Dates.shown(a.currentDueDate()));
    }
    if (proposed.isBefore(today())) {
      throw Refusal.invalidField(
          "proposedDueDate", "hạn đề nghị không được trước ngày hôm nay " + Dates.shown(today()));
    }
    if (proposed.isAfter(a.periodEnd())) {
      throw Refusal.invalidField(
          "proposedDueDate", "hạn đề nghị không được quá " + Dates.shown(a.periodEnd()));
    }
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

  private Assignment pendingOf(String assignmentId, String requestId) {
    Assignment a = assignments.get(assignmentId);
    if (a.pendingExtension() == null || !a.pendingExtension().id().equals(requestId)) {
      boolean decided = a.extensions().stream().anyMatch(e -> e.id().equals(requestId));
      if (decided) {
        throw Refusal.conflict("extension-decided", "Đề nghị gia hạn này đã được xử lý");
      }
      throw Refusal.notFound("đề nghị gia hạn", requestId);
    }
    return a;
  }

  private static Update decide(ExtensionRequest decided) {
    return new Update().unset("pendingExtension").push("extensions", decided);
  }

  private void write(Assignment a, String requestId, Update update, List<IdentifiedEvent> events) {
    // the outbox writes unmapped, and Spring Data stores an embedded "id" property as "_id"
    Query guard = query(where("_id").is(a.id()).and("pendingExtension._id").is(requestId));
    if (!outbox.update(Assignment.class, guard, update, events)) {
      throw Refusal.conflict("extension-decided", "Đề nghị gia hạn này vừa được xử lý");
    }
  }
}
