package vn.dienbien.report.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.report.Fixtures;
import vn.dienbien.testsupport.time.TestClock;

class ReportingCalendarTests {

  final ReportingCalendar calendar = new ReportingCalendar(14, 6, 1);

  /** The plan follows the assignment's own dates, whatever day it is planned on. */
  final Clock clock = TestClock.fixedAtBase();

  @Test
  void quarterlyPeriodsCutOffOnThe14thAndAreDueOnThe20th() {
    var periods =
        calendar.periods(Cadence.QUARTERLY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    assertThat(periods)
        .extracting(ReportingPeriod::label)
        .containsExactly("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026");
    assertThat(periods.getFirst().start()).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(periods.getFirst().cutOff()).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(periods.getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void ongoingTaskOwesOnePerPeriodFromItsAssignmentToTheEndOfTheDirective() {
    var planned =
        new ObligationPlanner(CalendarProperties.defaults(), clock)
            .plan(Fixtures.assigned(Fixtures.ongoing063b("a-1", TaskAssigned.Cadence.HALF_YEARLY)));
    assertThat(planned).hasSize(10);
    assertThat(planned.getFirst().id()).isEqualTo("a-1:2026-H1");
    assertThat(planned.getFirst().periodLabel()).isEqualTo("6 tháng đầu năm 2026");
    assertThat(planned.getLast().lastPeriod()).isTrue();
    assertThat(planned.getFirst().lastPeriod()).isFalse();
  }

  @Test
  void fixedDateTaskOwesOneReportDueThatDayAndLateFromMidnight() {
    var planned =
        new ObligationPlanner(CalendarProperties.defaults(), clock)
            .plan(Fixtures.assigned(Fixtures.task117a("a-2", "XA-NA-HY", "Xã Nà Hỳ")));
    assertThat(planned)
        .singleElement()
        .satisfies(o -> {
          assertThat(o.id()).isEqualTo("a-2:FIXED");
          assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
          assertThat(o.dueAt()).isEqualTo(Instant.parse("2026-03-31T17:00:00Z"));
          assertThat(o.periodLabel()).isEqualTo("Hạn 31/03/2026");
        });
  }

  @Test
  void aPeriodsWindowOpensOnTheConfiguredDayOfItsLastMonthNeverAfterItsCutOff() {
    var yearly =
        calendar.periods(Cadence.YEARLY, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    assertThat(yearly)
        .singleElement()
        .satisfies(p -> assertThat(p.windowOpensOn()).isEqualTo(LocalDate.of(2027, 12, 1)));
    var halves =
        calendar.periods(Cadence.HALF_YEARLY, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    assertThat(halves)
        .extracting(ReportingPeriod::windowOpensOn)
        .containsExactly(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 12, 1));
    assertThat(
            new ReportingCalendar(14, 6, 10)
                .periods(Cadence.QUARTERLY, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)))
        .extracting(ReportingPeriod::windowOpensOn)
        .containsExactly(LocalDate.of(2027, 3, 10));
    assertThat(
            new ReportingCalendar(14, 6, 20)
                .periods(Cadence.MONTHLY, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)))
        .extracting(ReportingPeriod::windowOpensOn)
        .containsExactly(LocalDate.of(2027, 1, 14));
  }

  @Test
  void aDirectiveMayOpenItsWindowsOnAnotherDay() {
    var own = new CalendarProperties.DirectiveCalendar(null, null, 5, Cadence.YEARLY, null);
    var calendar =
        new CalendarProperties(
            14,
            6,
            1,
            Cadence.HALF_YEARLY,
            "BTGDV-TU",
            5,
            java.util.Map.of(),
            java.util.Map.of("06-CT/TU", own));
    var planned =
        new ObligationPlanner(calendar, clock)
            .plan(Fixtures.assigned(Fixtures.ongoing063b("a-3", null)));
    assertThat(planned.getFirst().opensOn()).isEqualTo(LocalDate.of(2026, 12, 5));
  }

  @Test
  void lateSubmissionsAreGradedByHowLate() {
    assertThat(Timeliness.grade(false, 0)).isEqualTo(Timeliness.ON_TIME);
    assertThat(Timeliness.grade(true, 0)).isEqualTo(Timeliness.LATE);
    assertThat(Timeliness.grade(true, 7)).isEqualTo(Timeliness.VERY_LATE);
    assertThat(Timeliness.grade(true, 31)).isEqualTo(Timeliness.SEVERELY_LATE);
  }
}
