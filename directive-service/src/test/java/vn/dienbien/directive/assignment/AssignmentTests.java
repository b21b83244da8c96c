package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.directive.directive.DeadlineKind;
import vn.dienbien.platform.refusal.Refusal;

/** The assignment's transitions, decided without Spring or a store. */
class AssignmentTests {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

  static Assignment open(LocalDate due) {
    return new Assignment(
        "11-ct-tu:11.1@XA-A",
        "11-ct-tu",
        "11-CT/TU",
        "Chỉ thị",
        "11-ct-tu:11.1",
        "11.1",
        "Nội dung",
        "Kế hoạch",
        "XA-A",
        "Xã A",
        Role.LEAD,
        due == null ? DeadlineKind.ONGOING : DeadlineKind.FIXED_DATE,
        due,
        due,
        null,
        LocalDate.of(2026, 2, 23),
        LocalDate.of(2030, 12, 31),
        "BTGDV-TU",
        AssignmentStatus.OPEN,
        NOW,
        null,
        List.of(),
        null,
        null,
        List.of(),
        0L);
  }

  static ExtensionRequest asking(LocalDate proposed) {
    return ExtensionRequest.pending("r1", "Chờ cấp ủy", proposed, "u1", NOW);
  }

  @Test
  void closesOnceRecordingWhyAndDropsAPendingRequest() {
    Assignment asked = open(TODAY.plusDays(5)).ask(asking(TODAY.plusDays(20)), TODAY);
    Assignment closed = asked.close(Closure.MONITORING_BODY, NOW).orElseThrow();
    assertThat(closed.status()).isEqualTo(AssignmentStatus.CLOSED);
    assertThat(closed.closedReason()).isEqualTo("MARKED_COMPLETE");
    assertThat(closed.closedAt()).isEqualTo(NOW);
    assertThat(closed.pendingExtension()).isNull();
    assertThat(closed.close(Closure.FINAL_REPORT, NOW)).isEmpty();
    assertThat(open(null).close(Closure.DIRECTIVE_ENDED, NOW).orElseThrow().closedReason())
        .isEqualTo("WITHDRAWN");
  }

  @Test
  void approvingMovesTheCurrentDueDateAndKeepsTheOriginal() {
    LocalDate due = TODAY.plusDays(5);
    Assignment asked = open(due).ask(asking(TODAY.plusDays(20)), TODAY);
    Assignment approved =
        asked.approve("r1", null, new Assignment.Decided("Đồng ý", "lead", NOW), TODAY);
    assertThat(approved.status()).isEqualTo(AssignmentStatus.EXTENDED);
    assertThat(approved.currentDueDate()).isEqualTo(TODAY.plusDays(20));
    assertThat(approved.originalDueDate()).isEqualTo(due);
    assertThat(approved.pendingExtension()).isNull();
    assertThat(approved.lastDecision().decision()).isEqualTo(ExtensionRequest.Decision.APPROVED);
    assertThatThrownBy(() -> approved.reject("r1", new Assignment.Decided("x", "lead", NOW)))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("extension-decided"));
  }

  @Test
  void rejectingKeepsTheDueDate() {
    LocalDate due = TODAY.plusDays(5);
    Assignment rejected =
        open(due)
            .ask(asking(TODAY.plusDays(20)), TODAY)
            .reject("r1", new Assignment.Decided("Không", "lead", NOW));
    assertThat(rejected.currentDueDate()).isEqualTo(due);
    assertThat(rejected.status()).isEqualTo(AssignmentStatus.OPEN);
    assertThat(rejected.lastDecision().decision()).isEqualTo(ExtensionRequest.Decision.REJECTED);
  }

  @Test
  void refusesASecondRequestAClosedAssignmentAndOngoingWork() {
    Assignment asked = open(TODAY.plusDays(5)).ask(asking(TODAY.plusDays(20)), TODAY);
    assertThatThrownBy(() -> asked.ask(asking(TODAY.plusDays(30)), TODAY))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("extension-pending"));
    Assignment closed = asked.close(Closure.FINAL_REPORT, NOW).orElseThrow();
    assertThatThrownBy(() -> closed.ask(asking(TODAY.plusDays(30)), TODAY))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("assignment-closed"));
    assertThatThrownBy(() -> open(null).ask(asking(TODAY.plusDays(30)), TODAY))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("no-due-date"));
  }

  @Test
  void refusesAProposedDateBeforeTodayNamingTheField() {
    assertThatThrownBy(() -> open(TODAY.minusDays(9)).ask(asking(TODAY.minusDays(1)), TODAY))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.errors().get(0).field()).isEqualTo("proposedDueDate"));
  }

  @Test
  void theStateOfAnAssignmentTheMonitoringBodyMarkedCompleteSaysFinalReportAccepted() {
    Assignment marked = open(TODAY.plusDays(5)).close(Closure.MONITORING_BODY, NOW).orElseThrow();
    var state = AssignmentStateEvents.of(marked, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(state.closedReason())
        .isEqualTo(vn.dienbien.contracts.directive.AssignmentClosed.Reason.FINAL_REPORT_ACCEPTED);
    var withdrawn = open(null).close(Closure.DIRECTIVE_ENDED, NOW).orElseThrow();
    assertThat(
            AssignmentStateEvents.of(withdrawn, java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .closedReason())
        .isEqualTo(vn.dienbien.contracts.directive.AssignmentClosed.Reason.WITHDRAWN);
  }
}
