package vn.dienbien.report.obligation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.obligation.Cadence;
import vn.dienbien.report.obligation.CalendarProperties;
import vn.dienbien.report.obligation.DeadlineKind;

/** The preview counts the periods the planner would open, by the same calendar. */
class ReportingPlanControllerTests {

  private final ReportingPlanController plans =
      new ReportingPlanController(
          CalendarProperties.defaults(),
          Clock.fixed(
              LocalDate.of(2026, 11, 30).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
              ZoneId.of("Asia/Ho_Chi_Minh")));

  @Test
  void aFixedDateTaskOwesOneReportOnItsDate() {
    var plan =
        plans.plan(
            "15-CT/TU",
            DeadlineKind.FIXED_DATE,
            LocalDate.of(2027, 1, 14),
            null,
            LocalDate.of(2026, 11, 30),
            LocalDate.of(2027, 12, 31));
    assertThat(plan.count()).isEqualTo(1);
    assertThat(plan.periods().getFirst().dueDate()).isEqualTo(LocalDate.of(2027, 1, 14));
    assertThat(plan.periods().getFirst().label()).isEqualTo("Hạn 14/01/2027");
  }

  @Test
  void anOngoingTaskOwesOneReportPerHalfYearFromNowToTheEndOfItsPeriod() {
    var plan =
        plans.plan(
            "15-CT/TU",
            DeadlineKind.ONGOING,
            null,
            Cadence.HALF_YEARLY,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31));
    // Cut-offs 14/12/2026, 14/06/2027, 14/12/2027 fall after today (30/11/2026).
    assertThat(plan.count()).isEqualTo(3);
    assertThat(plan.periods())
        .extracting(p -> p.dueDate().toString())
        .containsExactly("2026-12-20", "2027-06-20", "2027-12-20");
  }

  @Test
  void aPeriodThatEndsBeforeItStartsNamesTheField() {
    assertThatThrownBy(() ->
            plans.plan(
                "15-CT/TU",
                DeadlineKind.ANNUAL,
                null,
                null,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 1, 1)))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("periodEnd");
  }
}
