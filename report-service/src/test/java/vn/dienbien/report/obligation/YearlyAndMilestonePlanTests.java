package vn.dienbien.report.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;
import vn.dienbien.contracts.directive.TaskAssigned.DateSource;
import vn.dienbien.contracts.directive.TaskAssigned.Milestone;
import vn.dienbien.report.Fixtures;
import vn.dienbien.testsupport.time.TestClock;

/** "6 tháng, năm", the calendar's settings per kind of period, and milestones; without Spring. */
class YearlyAndMilestonePlanTests {

  final ObligationPlanner planner =
      new ObligationPlanner(CalendarProperties.defaults(), TestClock.fixedAtBase());

  @Test
  void everyYearOfAHalfYearlyTaskHasAFirstHalfAndAWholeYearReport() {
    List<Obligation> planned =
        planner.plan(Fixtures.assigned(Fixtures.ongoing063b("a-h", Cadence.HALF_YEARLY)));

    assertThat(planned)
        .extracting(Obligation::periodKey)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(2026, 2030)
                .boxed()
                .flatMap(y -> List.of(y + "-H1", y + "-Y").stream())
                .toList());
    for (int year = 2026; year <= 2030; year++) {
      Obligation whole = byKey(planned, year + "-Y");
      assertThat(whole.periodLabel()).isEqualTo("Năm " + year);
      assertThat(whole.periodStart()).isEqualTo(LocalDate.of(year - 1, 12, 15));
      assertThat(whole.cutOff()).isEqualTo(LocalDate.of(year, 12, 14));
      assertThat(whole.opensOn()).isEqualTo(LocalDate.of(year, 12, 1));
      assertThat(whole.dueDate()).isEqualTo(LocalDate.of(year, 12, 20));
      Obligation first = byKey(planned, year + "-H1");
      assertThat(first.periodLabel()).isEqualTo("6 tháng đầu năm " + year);
      assertThat(first.dueDate()).isEqualTo(LocalDate.of(year, 6, 20));
    }
    assertThat(planned).noneMatch(o -> o.periodLabel().contains("cuối năm"));
    assertThat(planned.getLast().periodKey()).isEqualTo("2030-Y");
    assertThat(planned.getLast().lastPeriod()).isTrue();
    assertThat(planned.stream().filter(Obligation::lastPeriod)).hasSize(1);
  }

  @Test
  void quarterlyAndMonthlyTasksAreUnchanged() {
    assertThat(planner.plan(Fixtures.assigned(Fixtures.ongoing063b("a-q", Cadence.QUARTERLY))))
        .hasSize(20)
        .first()
        .satisfies(o -> {
          assertThat(o.periodKey()).isEqualTo("2026-Q1");
          assertThat(o.periodLabel()).isEqualTo("Quý I/2026");
          assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        });
    assertThat(planner.plan(Fixtures.assigned(Fixtures.ongoing063b("a-m", Cadence.MONTHLY))))
        .as("from the first cut-off after the assignment (23/02/2026): March 2026")
        .hasSize(58)
        .satisfies(all -> assertThat(all.getFirst().periodKey()).isEqualTo("2026-M03"))
        .last()
        .satisfies(o -> {
          assertThat(o.periodKey()).isEqualTo("2030-M12");
          assertThat(o.periodLabel()).isEqualTo("Tháng 12/2030");
        });
  }

  @Test
  void eachKindOfPeriodAndEachDirectiveMayHaveItsOwnSettings() {
    var yearLater = new CalendarProperties.PeriodRule(null, 10, null);
    var own =
        new CalendarProperties.DirectiveCalendar(
            12,
            null,
            null,
            null,
            Map.of(PeriodKind.FIRST_HALF, new CalendarProperties.PeriodRule(null, 3, 5)));
    var calendar =
        new CalendarProperties(
            14,
            6,
            1,
            vn.dienbien.report.obligation.Cadence.HALF_YEARLY,
            "BTGDV-TU",
            5,
            Map.of(PeriodKind.YEAR, yearLater),
            Map.of("06-CT/TU", own));

    List<Obligation> ownPlan =
        new ObligationPlanner(calendar, TestClock.fixedAtBase())
            .plan(Fixtures.assigned(Fixtures.ongoing063b("a-c", Cadence.HALF_YEARLY)));
    Obligation firstHalf = byKey(ownPlan, "2027-H1");
    assertThat(firstHalf.cutOff())
        .as("the directive's cut-off")
        .isEqualTo(LocalDate.of(2027, 6, 12));
    assertThat(firstHalf.dueDate())
        .as("its first half's due days")
        .isEqualTo(LocalDate.of(2027, 6, 15));
    assertThat(firstHalf.opensOn()).isEqualTo(LocalDate.of(2027, 6, 5));
    Obligation year = byKey(ownPlan, "2027-Y");
    assertThat(year.cutOff()).isEqualTo(LocalDate.of(2027, 12, 12));
    assertThat(year.dueDate())
        .as("every year report: 10 days")
        .isEqualTo(LocalDate.of(2027, 12, 22));
    assertThat(year.opensOn()).as("the default window").isEqualTo(LocalDate.of(2027, 12, 1));

    assertThat(
            calendar
                .calendarFor("11-CT/TU")
                .periods(
                    vn.dienbien.report.obligation.Cadence.YEARLY,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31)))
        .as("another directive: the default cut-off, the year's own due days")
        .singleElement()
        .satisfies(p -> {
          assertThat(p.cutOff()).isEqualTo(LocalDate.of(2026, 12, 14));
          assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        });
  }

  @Test
  void milestonesBecomeObligationsWithTheirOwnDatesAndAProvinceDefaultSaysSo() {
    TaskAssigned task =
        withMilestones(
            Fixtures.ongoing063b("a-ms", Cadence.HALF_YEARLY),
            new Milestone(
                "SO-KET-2028",
                "Báo cáo sơ kết giữa kỳ thực hiện Chỉ thị",
                LocalDate.of(2028, 12, 20),
                LocalDate.of(2028, 10, 1),
                DateSource.PROVINCE_DEFAULT),
            new Milestone(
                "TONG-KET-2030",
                "Báo cáo tổng kết thực hiện Chỉ thị",
                LocalDate.of(2030, 9, 30),
                null,
                DateSource.PROVINCE),
            new Milestone(
                "HD-2025",
                "Hướng dẫn năm 2025",
                LocalDate.of(2025, 3, 31),
                null,
                DateSource.DIRECTIVE));

    List<Obligation> planned = planner.plan(Fixtures.assigned(task));

    assertThat(planned).hasSize(12).noneMatch(o -> o.periodKey().equals("MS-HD-2025"));
    Obligation review = byKey(planned, "MS-SO-KET-2028");
    assertThat(review.id()).isEqualTo("a-ms:MS-SO-KET-2028");
    assertThat(review.periodLabel())
        .isEqualTo(
            "Báo cáo sơ kết giữa kỳ thực hiện Chỉ thị (mốc do Tỉnh ủy quyết định; tạm lấy mặc định)");
    assertThat(review.dueDate()).isEqualTo(LocalDate.of(2028, 12, 20));
    assertThat(review.opensOn()).isEqualTo(LocalDate.of(2028, 10, 1));
    assertThat(review.lastPeriod()).isFalse();
    Obligation finalReview = byKey(planned, "MS-TONG-KET-2030");
    assertThat(finalReview.periodLabel()).isEqualTo("Báo cáo tổng kết thực hiện Chỉ thị");
    assertThat(finalReview.dueDate()).isEqualTo(LocalDate.of(2030, 9, 30));
    assertThat(finalReview.opensOn())
        .as("no window: from the task's start")
        .isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(planned.stream().filter(Obligation::lastPeriod))
        .singleElement()
        .extracting(Obligation::periodKey)
        .isEqualTo("2030-Y");
  }

  @Test
  void anAssignmentStoredWithASecondHalfYearGetsNoWholeYearBesideIt() {
    List<Obligation> planned =
        planner.plan(Fixtures.assigned(Fixtures.ongoing063b("a-old", Cadence.HALF_YEARLY)));
    List<String> stored =
        List.of("a-old:2026-H1", "a-old:2026-H2", "a-old:2027-H1", "a-old:2027-H2");

    List<Obligation> kept = ObligationPlanner.besideStored(planned, stored);

    assertThat(kept)
        .extracting(Obligation::periodKey)
        .doesNotContain("2026-Y", "2027-Y")
        .contains("2028-Y", "2030-Y");
    assertThat(kept).hasSize(planned.size() - 2);
    assertThat(ObligationPlanner.besideStored(planned, List.of())).isEqualTo(planned);
  }

  @Test
  void anObligationStoredForASecondHalfYearStillOpensOnTheFirstOfItsLastMonth() {
    Obligation planned =
        byKey(
            planner.plan(Fixtures.assigned(Fixtures.ongoing063b("a-h2", Cadence.HALF_YEARLY))),
            "2026-Y");
    Obligation stored =
        new Obligation(
            "a-h2:2026-H2",
            planned.assignment(),
            "2026-H2",
            "6 tháng cuối năm 2026",
            LocalDate.of(2026, 6, 15),
            LocalDate.of(2026, 12, 14),
            null,
            LocalDate.of(2026, 12, 20),
            LocalDate.of(2026, 12, 20),
            planned.dueAt(),
            false,
            ObligationState.OPEN,
            0,
            Obligation.NO_STEP,
            null,
            List.of(),
            planned.createdAt(),
            0,
            Obligation.revKeyOf("a-h2:2026-H2", 0),
            List.of());
    assertThat(stored.opensOn()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  private static Obligation byKey(List<Obligation> planned, String key) {
    return planned.stream().filter(o -> o.periodKey().equals(key)).findFirst().orElseThrow();
  }

  static TaskAssigned withMilestones(TaskAssigned t, Milestone... milestones) {
    return new TaskAssigned(
        t.assignmentId(),
        t.directiveId(),
        t.directiveNumber(),
        t.directiveTitle(),
        t.taskId(),
        t.taskCode(),
        t.taskContent(),
        t.expectedOutput(),
        t.unitId(),
        t.unitName(),
        t.role(),
        t.deadlineKind(),
        t.dueDate(),
        t.cadence(),
        t.periodStart(),
        t.periodEnd(),
        t.monitoringUnitId(),
        t.assignedAt(),
        t.actorId(),
        List.of(milestones));
  }
}
