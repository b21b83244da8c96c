package vn.dienbien.report.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;
import vn.dienbien.contracts.directive.TaskAssigned.DeadlineKind;
import vn.dienbien.contracts.report.ExtensionDecided;
import vn.dienbien.contracts.report.ExtensionRequested;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.report.Fixtures;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Per-period extensions decided by the obligation, without Spring. Dates come from the planned
 * obligations and the test clock's base ("today"), so the rules hold whatever the calendar's
 * defaults and the base.
 */
class ObligationExtensionTests {

  static final ZoneId ZONE = TestClock.ZONE;
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  final LocalDate today = TestClock.base();
  final Clock clock = TestClock.fixedAtBase();

  /** A quarterly ongoing task from a year before today to a year after it. */
  List<Obligation> quarterly() {
    return plan(
        Fixtures.recurring(
            "a-q",
            DeadlineKind.ONGOING,
            Cadence.QUARTERLY,
            LocalDate.of(today.getYear() - 1, 1, 1),
            LocalDate.of(today.getYear() + 1, 12, 31)));
  }

  List<Obligation> plan(TaskAssigned task) {
    return new ObligationPlanner(CalendarProperties.defaults(), clock)
        .plan(Fixtures.assigned(task));
  }

  Obligation nextDue() {
    return quarterly().stream().filter(o -> o.dueDate().isAfter(today)).findFirst().orElseThrow();
  }

  Obligation overdue() {
    return quarterly().stream()
        .filter(o -> o.dueDate().isBefore(today.minusDays(1)))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  @Test
  void anApprovedRequestMovesThePeriodsDueDateAndStartsItsRemindersOver() {
    Obligation period = nextDue();
    LocalDate proposed = period.dueDate().plusDays(12);

    var asked = period.requestExtension("r-1", proposed, "Chờ số liệu của thôn", "officer", clock);
    ExtensionRequest pending = asked.obligation().pendingExtension();
    assertThat(pending.previousDueDate()).isEqualTo(period.dueDate());
    assertThat(pending.proposedDueDate()).isEqualTo(proposed);
    assertThat(asked.obligation().dueDate()).isEqualTo(period.dueDate());
    IdentifiedEvent requested = (IdentifiedEvent) asked.events().getFirst();
    assertThat(requested.identity())
        .isEqualTo("obligation:" + period.id() + ":extension:r-1:requested");
    assertThat((ExtensionRequested) requested.payload())
        .extracting(
            ExtensionRequested::currentDueDate,
            ExtensionRequested::proposedDueDate,
            ExtensionRequested::periodLabel)
        .containsExactly(period.dueDate(), proposed, period.periodLabel());

    var approved =
        asked.obligation().decideExtension("r-1", true, "Đồng ý", "BTGDV-TU", "monitor", clock);
    Obligation moved = approved.obligation();
    assertThat(moved.dueDate()).isEqualTo(proposed);
    assertThat(moved.dueAt()).isEqualTo(proposed.plusDays(1).atStartOfDay(ZONE).toInstant());
    assertThat(moved.originalDueDate()).isEqualTo(period.dueDate());
    assertThat(moved.periodLabel()).isEqualTo(period.periodLabel());
    assertThat(moved.extensions()).isEqualTo(1);
    assertThat(moved.overdueStep()).isEqualTo(Obligation.NO_STEP);
    assertThat(moved.dueSoonLead()).isNull();
    assertThat(moved.pendingExtension()).isNull();
    assertThat(moved.extensionRequests().getLast().decision())
        .isEqualTo(ExtensionRequest.Decision.APPROVED);
    var decided = (ExtensionDecided) ((IdentifiedEvent) approved.events().getFirst()).payload();
    assertThat(decided.decision()).isEqualTo(ExtensionDecided.Decision.APPROVED);
    assertThat(decided.scope()).isEqualTo(ExtensionDecided.Scope.OBLIGATION);
    assertThat(decided.previousDueDate()).isEqualTo(period.dueDate());
    assertThat(decided.dueDate()).isEqualTo(proposed);
    assertThat(decided.note()).isEqualTo("Đồng ý");
  }

  @Test
  void aRefusalKeepsTheDueDateAndLetsTheUnitAskAgain() {
    Obligation period = nextDue();
    var asked =
        period.requestExtension("r-1", period.dueDate().plusDays(5), "Lý do", "officer", clock);
    var refused =
        asked.obligation().decideExtension("r-1", false, "Không", "BTGDV-TU", "monitor", clock);

    assertThat(refused.obligation().dueDate()).isEqualTo(period.dueDate());
    assertThat(refused.obligation().extensions()).isZero();
    var decided = (ExtensionDecided) ((IdentifiedEvent) refused.events().getFirst()).payload();
    assertThat(decided.decision()).isEqualTo(ExtensionDecided.Decision.REFUSED);
    assertThat(decided.dueDate()).isEqualTo(period.dueDate());
    assertThat(
            refused
                .obligation()
                .requestExtension("r-2", period.dueDate().plusDays(3), "Lý do", "o", clock)
                .obligation()
                .pendingExtension()
                .id())
        .isEqualTo("r-2");
  }

  @Test
  void theProposedDateMustBeAfterTheDueDateAndNotBeforeToday() {
    Obligation period = nextDue();
    assertThatThrownBy(
            () -> period.requestExtension("r", period.dueDate(), "Lý do", "officer", clock))
        .isInstanceOfSatisfying(
            InvalidExtension.class,
            e -> {
              assertThat(e.field()).isEqualTo("proposedDueDate");
              assertThat(e.rule())
                  .isEqualTo("Hạn đề nghị phải sau hạn hiện tại " + DAY.format(period.dueDate()));
            });

    Obligation late = overdue();
    assertThatThrownBy(
            () -> late.requestExtension("r", today.minusDays(1), "Lý do", "officer", clock))
        .isInstanceOfSatisfying(
            InvalidExtension.class,
            e -> {
              assertThat(e.field()).isEqualTo("proposedDueDate");
              assertThat(e.rule())
                  .isEqualTo("Hạn đề nghị không được trước ngày hôm nay " + DAY.format(today));
            });
    // An overdue period may still be extended to today or later.
    assertThat(
            late.requestExtension("r", today, "Lý do", "officer", clock)
                .obligation()
                .pendingExtension())
        .isNotNull();
  }

  @Test
  void oneRequestAtATimeDecidedOnceByTheMonitoringBodyOnly() {
    Obligation asked =
        nextDue()
            .requestExtension("r-1", nextDue().dueDate().plusDays(5), "Lý do", "o", clock)
            .obligation();
    assertThatThrownBy(
            () -> asked.requestExtension("r-2", asked.dueDate().plusDays(9), "Lý do", "o", clock))
        .isInstanceOfSatisfying(
            ObligationConflict.class, e -> assertThat(e.code()).isEqualTo("extension-pending"));
    assertThatThrownBy(() -> asked.decideExtension("r-1", true, null, "XA-NA-HY", "x", clock))
        .isInstanceOf(ObligationForbidden.class)
        .hasMessageNotContaining("XA-NA-HY");
    assertThatThrownBy(() -> asked.decideExtension("r-9", true, null, "BTGDV-TU", "m", clock))
        .isInstanceOf(ObligationNotFound.class);
    Obligation decided =
        asked.decideExtension("r-1", true, null, "BTGDV-TU", "m", clock).obligation();
    assertThatThrownBy(() -> decided.decideExtension("r-1", false, "x", "BTGDV-TU", "m", clock))
        .isInstanceOfSatisfying(
            ObligationConflict.class, e -> assertThat(e.code()).isEqualTo("extension-decided"));
  }

  @Test
  void anApprovalWhoseDateHasPassedMeanwhileIsRefused() {
    Obligation late = overdue();
    Obligation asked = late.requestExtension("r-1", today, "Lý do", "o", clock).obligation();
    Clock tomorrow = TestClock.fixedAt(today.plusDays(1).atTime(TestClock.START_TIME));
    assertThatThrownBy(() -> asked.decideExtension("r-1", true, null, "BTGDV-TU", "m", tomorrow))
        .isInstanceOfSatisfying(
            ObligationConflict.class,
            e -> {
              assertThat(e.code()).isEqualTo("extension-outdated");
              assertThat(e.getMessage())
                  .contains(DAY.format(today))
                  .contains(DAY.format(late.dueDate()))
                  .contains(DAY.format(today.plusDays(1)));
            });
  }

  @Test
  void aFixedDateTaskIsExtendedPerAssignmentAndItsLabelFollowsTheNewDate() {
    LocalDate due = today.plusDays(20);
    Obligation fixed = plan(Fixtures.fixedDate("a-f", "XA-NA-HY", "Xã Nà Hỳ", due)).getFirst();
    assertThatThrownBy(
            () -> fixed.requestExtension("r", due.plusDays(5), "Lý do", "officer", clock))
        .isInstanceOfSatisfying(
            ObligationConflict.class,
            e -> assertThat(e.code()).isEqualTo("extension-per-assignment"));

    LocalDate newDue = due.plusDays(30);
    var followed = ExtensionRules.follow(fixed, "ext-1", newDue, "monitor", clock);
    assertThat(fixed.periodLabel()).isEqualTo("Hạn " + DAY.format(due));
    assertThat(followed.obligation().periodLabel()).isEqualTo("Hạn " + DAY.format(newDue));
    assertThat(followed.obligation().dueDate()).isEqualTo(newDue);
    var decided = (ExtensionDecided) ((IdentifiedEvent) followed.events().getFirst()).payload();
    assertThat(decided.scope()).isEqualTo(ExtensionDecided.Scope.ASSIGNMENT);
    assertThat(decided.periodLabel()).isEqualTo("Hạn " + DAY.format(newDue));
    assertThat(decided.previousDueDate()).isEqualTo(due);
    assertThat(ExtensionRules.follow(followed.obligation(), "ext-1", newDue, "m", clock).events())
        .isEmpty();
  }
}
