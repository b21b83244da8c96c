package vn.dienbien.directive.assignment;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.dienbien.platform.refusal.Refusal;

/**
 * Closes assignments, the one way: when report-service says a final report was accepted, when the
 * monitoring body marks one complete (report-service then closes the periods still owed), and when
 * its directive ends ({@link Withdrawal}). An early final report is never final: report-service
 * only marks the last period's report, in its window, as final. {@link Assignment#close} decides
 * and the store's version guard makes it decide again on what another writer stored, so a
 * redelivered review, a second marking or a re-run withdrawal is a no-op and assignment-closed is
 * published once.
 */
@Service
public class AssignmentClosing {

  private static final Logger log = LoggerFactory.getLogger(AssignmentClosing.class);

  /** Writes lost to other writers before giving up (then the consumer's retry or a 409). */
  private static final int ATTEMPTS = 3;

  private final Assignments assignments;
  private final MeterRegistry meters;
  private final Clock clock;
  private final String monitoringUnitId;

  AssignmentClosing(
      Assignments assignments,
      MeterRegistry meters,
      Clock clock,
      @Value("${directive.monitoring-unit-id:BTGDV-TU}") String monitoringUnitId) {
    this.assignments = assignments;
    this.meters = meters;
    this.clock = clock;
    this.monitoringUnitId = monitoringUnitId;
  }

  /** A final report of {@code assignmentId} was accepted at {@code at}. */
  public void onFinalReportAccepted(
      String assignmentId, String reportId, OffsetDateTime at, String actorId) {
    var found = assignments.find(assignmentId);
    if (found.isEmpty()) {
      log.warn("Report {} was accepted for unknown assignment {}", reportId, assignmentId);
      meters.counter("assignments.close.unknown").increment();
      return;
    }
    close(found.get(), Closure.FINAL_REPORT, at, actorId, null);
  }

  /** The monitoring body marks the assignment complete, whatever periods are still owed. */
  public Assignment markComplete(
      String assignmentId, String note, String decidingUnit, String actorId) {
    if (decidingUnit != null && !decidingUnit.equals(monitoringUnitId)) {
      throw Refusal.forbidden(
          "Chỉ cơ quan theo dõi thực hiện chỉ thị mới xác nhận hoàn thành nhiệm vụ");
    }
    Assignment a = assignments.get(assignmentId);
    if (!close(a, Closure.MONITORING_BODY, OffsetDateTime.now(clock), actorId, note)) {
      throw Refusal.conflict(
          "assignment-closed", "Phân công đã kết thúc, không xác nhận hoàn thành được nữa");
    }
    return assignments.get(assignmentId);
  }

  /**
   * Closes {@code a} {@code by} at {@code at} with its assignment-closed event. A change stored
   * since {@code a} was read (an extension request, say) does not stop the close: it is decided
   * again on the stored assignment.
   *
   * @return false if it was closed already (nothing written, nothing published)
   */
  boolean close(Assignment a, Closure by, OffsetDateTime at, String actorId, String note) {
    Assignment current = a;
    for (int attempt = 1; ; attempt++) {
      var closed = current.close(by, at.toInstant());
      if (closed.isEmpty()) {
        return false;
      }
      var event = AssignmentEvents.closed(current, by, at, actorId, note);
      if (assignments.save(closed.get(), List.of(event))) {
        meters.counter("assignments.closed", "reason", by.recorded()).increment();
        return true;
      }
      if (attempt == ATTEMPTS) {
        throw Refusal.conflict(
            "concurrent-edit", "Phân công vừa được người khác cập nhật; vui lòng tải lại");
      }
      current = assignments.get(a.id());
    }
  }
}
