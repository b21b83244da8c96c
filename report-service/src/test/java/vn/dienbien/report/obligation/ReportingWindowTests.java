package vn.dienbien.report.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;
import vn.dienbien.contracts.directive.TaskAssigned.DeadlineKind;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.report.Fixtures;
import vn.dienbien.testsupport.time.TestClock;

/**
 * The obligation's rules on submission, without Spring: reporting windows, which report closes the
 * assignment, status against progress. Every date is derived from the test clock's base, so the
 * rules hold for any base from 2026 to 2030.
 */
class ReportingWindowTests {

  static final ZoneId ZONE = TestClock.ZONE;
  final LocalDate base = TestClock.base();
  final int year = base.getYear();

  /** A yearly task over the base year and the four after it: the last period is always ahead. */
  List<Obligation> yearly() {
    return plan(
        Fixtures.recurring(
            "a-y",
            DeadlineKind.ANNUAL,
            null,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year + 4, 12, 31)));
  }

  List<Obligation> plan(vn.dienbien.contracts.directive.TaskAssigned task) {
    return new ObligationPlanner(CalendarProperties.defaults(), TestClock.fixedAtBase())
        .plan(Fixtures.assigned(task));
  }

  static Clock on(LocalDate day) {
    return TestClock.fixedAt(day.atTime(TestClock.START_TIME));
  }

  static ReportContent content(int progress, WorkStatus status) {
    return new ReportContent(progress, status, "Đã triển khai kế hoạch", null, null);
  }

  @Test
  void earlyFinalReportIsRefusedAndTheAssignmentStaysOpen() {
    List<Obligation> planned = yearly();
    Obligation last = planned.getLast();
    assertThat(last.periodLabel()).isEqualTo("Năm " + (year + 4));
    assertThat(last.opensOn()).isEqualTo(LocalDate.of(year + 4, 12, 1)).isAfter(base);

    assertThatThrownBy(
            () -> last.submit(content(100, WorkStatus.COMPLETED), List.of(), "u", on(base)))
        .isInstanceOfSatisfying(
            ObligationConflict.class,
            e -> {
              assertThat(e.code()).isEqualTo("reporting-window-not-open");
              assertThat(e.getMessage())
                  .contains("Năm " + (year + 4))
                  .contains("01/12/" + (year + 4));
            });
    assertThat(last.state()).isEqualTo(ObligationState.OPEN);
    assertThat(last.reports()).isEmpty();

    // A COMPLETED report on an earlier period, in its window, is taken as an ordinary report.
    Obligation first = planned.getFirst();
    var submitted =
        first.submit(content(100, WorkStatus.COMPLETED), List.of(), "u", on(first.opensOn()));
    assertThat(submitted.obligation().state()).isEqualTo(ObligationState.SUBMITTED);
    assertThat(submitted.obligation().completesAssignment(submitted.report(), ZONE)).isFalse();
  }

  @Test
  void reportBeforeItsWindowIsRefusedWithTheOpeningDate() {
    Obligation firstHalf =
        plan(Fixtures.recurring(
                "a-h",
                DeadlineKind.ONGOING,
                Cadence.HALF_YEARLY,
                LocalDate.of(year + 1, 1, 1),
                LocalDate.of(year + 1, 12, 31)))
            .getFirst();
    LocalDate opens = LocalDate.of(year + 1, 6, 1);
    assertThat(firstHalf.opensOn()).isEqualTo(opens);

    assertThatThrownBy(() ->
            firstHalf.submit(
                content(40, WorkStatus.IN_PROGRESS), List.of(), "u", on(opens.minusDays(1))))
        .isInstanceOf(ObligationConflict.class)
        .hasMessageContaining("nhận báo cáo từ ngày 01/06/" + (year + 1))
        .hasMessageContaining("hạn nộp 20/06/" + (year + 1));

    var submitted =
        firstHalf.submit(content(40, WorkStatus.IN_PROGRESS), List.of(), "u", on(opens));
    assertThat(submitted.report().revision()).isEqualTo(1);
    assertThat(submitted.report().late()).isFalse();
    assertThat(submitted.obligation().reports()).containsExactly(submitted.report());
    assertThat(submitted.events())
        .singleElement()
        .isInstanceOfSatisfying(
            IdentifiedEvent.class,
            e -> {
              assertThat(e.identity())
                  .isEqualTo("report:" + submitted.report().id() + ":submitted");
              assertThat(e.payload()).isInstanceOf(ReportSubmitted.class);
            });
  }

  @Test
  void completedWith40PercentIsAFieldError() {
    Obligation open = yearly().getFirst();
    Clock inWindow = on(open.opensOn());

    assertThatThrownBy(
            () -> open.submit(content(40, WorkStatus.COMPLETED), List.of(), "u", inWindow))
        .isInstanceOfSatisfying(
            InvalidReport.class,
            e -> {
              assertThat(e.field()).isEqualTo("status");
              assertThat(e.getMessage()).contains("Hoàn thành").contains("40%");
              assertThat(e.expected()).contains("Hoàn thành (COMPLETED) khi tiến độ 100%");
              assertThat(e.allowed()).containsExactly("IN_PROGRESS");
            });
    assertThatThrownBy(
            () -> open.submit(content(100, WorkStatus.IN_PROGRESS), List.of(), "u", inWindow))
        .isInstanceOfSatisfying(
            InvalidReport.class, e -> assertThat(e.allowed()).containsExactly("COMPLETED"));
    assertThatThrownBy(
            () -> open.submit(content(10, WorkStatus.NOT_STARTED), List.of(), "u", inWindow))
        .isInstanceOfSatisfying(
            InvalidReport.class, e -> assertThat(e.allowed()).containsExactly("IN_PROGRESS"));
    assertThat(WorkStatus.allowedFor(0))
        .containsExactlyInAnyOrder(WorkStatus.NOT_STARTED, WorkStatus.IN_PROGRESS);
  }

  @Test
  void lastPeriodsFinalReportInItsWindowClosesTheAssignment() {
    Obligation last = yearly().getLast();
    Clock inWindow = on(last.opensOn());

    var completed = last.submit(content(100, WorkStatus.COMPLETED), List.of(), "u", inWindow);
    assertThat(completed.obligation().completesAssignment(completed.report(), ZONE)).isTrue();

    var ongoing = last.submit(content(90, WorkStatus.IN_PROGRESS), List.of(), "u", inWindow);
    assertThat(ongoing.obligation().completesAssignment(ongoing.report(), ZONE)).isFalse();
  }

  @Test
  void aReportThatWaitsForReviewTakesNoOther() {
    Obligation open = yearly().getFirst();
    Clock inWindow = on(open.opensOn());
    Obligation pending =
        open.submit(content(40, WorkStatus.IN_PROGRESS), List.of(), "u", inWindow).obligation();

    assertThatThrownBy(
            () -> pending.submit(content(50, WorkStatus.IN_PROGRESS), List.of(), "u", inWindow))
        .isInstanceOfSatisfying(
            ObligationConflict.class, e -> assertThat(e.code()).isEqualTo("report-pending-review"));
  }

  @Test
  void aFixedDateTaskTakesItsReportFromItsStartAndItClosesTheAssignment() {
    Obligation fixed =
        plan(Fixtures.fixedDate("a-f", "XA-NA-HY", "Xã Nà Hỳ", base.plusDays(30))).getFirst();
    assertThat(fixed.opensOn()).isEqualTo(LocalDate.of(2025, 1, 1));

    var submitted = fixed.submit(content(60, WorkStatus.IN_PROGRESS), List.of(), "u", on(base));
    assertThat(submitted.obligation().completesAssignment(submitted.report(), ZONE)).isTrue();

    LocalDate starts = base.plusDays(10);
    Obligation later =
        plan(Fixtures.recurring("a-f2", DeadlineKind.FIXED_DATE, null, starts, starts.plusDays(30)))
            .getFirst();
    assertThatThrownBy(
            () -> later.submit(content(0, WorkStatus.NOT_STARTED), List.of(), "u", on(base)))
        .isInstanceOf(ObligationConflict.class)
        .hasMessage(
            "Nhiệm vụ chưa đến thời gian nhận báo cáo: nhận báo cáo từ ngày %s, hạn nộp %s"
                .formatted(day(starts), day(starts.plusDays(30))));
  }

  static String day(LocalDate date) {
    return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
  }
}
