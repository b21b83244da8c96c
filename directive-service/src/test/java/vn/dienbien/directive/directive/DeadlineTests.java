package vn.dienbien.directive.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.platform.refusal.Refusal;

class DeadlineTests {

  @Test
  void withinAMonthMeansTheLastDayOfThatMonth() {
    Deadline deadline =
        Deadline.of(DeadlineKind.FIXED_DATE, null, YearMonth.of(2026, 3), null, "deadline");
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(
            Deadline.of(DeadlineKind.FIXED_DATE, null, YearMonth.of(2028, 2), null, "d").dueDate())
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void ongoingNeedsACadenceAndNoDate() {
    assertThat(Deadline.of(DeadlineKind.ONGOING, null, null, Cadence.QUARTERLY, "d").cadence())
        .isEqualTo(Cadence.QUARTERLY);
    assertThatThrownBy(() -> Deadline.of(DeadlineKind.ONGOING, null, null, null, "d"))
        .isInstanceOfSatisfying(
            Refusal.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("d.cadence"));
    assertThatThrownBy(() ->
            Deadline.of(DeadlineKind.ONGOING, LocalDate.of(2026, 1, 1), null, Cadence.YEARLY, "d"))
        .isInstanceOfSatisfying(
            Refusal.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("d.dueDate"));
  }

  @Test
  void annualIsReportedYearly() {
    assertThat(Deadline.of(DeadlineKind.ANNUAL, null, null, null, "d"))
        .isEqualTo(Deadline.annual());
    assertThat(Deadline.annual().cadence()).isEqualTo(Cadence.YEARLY);
    assertThatThrownBy(() -> Deadline.of(DeadlineKind.ANNUAL, null, null, Cadence.MONTHLY, "d"))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void fixedDateNeedsExactlyOneOfDateOrMonth() {
    assertThatThrownBy(() -> Deadline.of(DeadlineKind.FIXED_DATE, null, null, null, "d"))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() ->
            Deadline.of(
                DeadlineKind.FIXED_DATE,
                LocalDate.of(2026, 3, 1),
                YearMonth.of(2026, 3),
                null,
                "d"))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void milestonesNeedUniqueKeysAWindowBeforeTheirDateAndATaskThatIsNotItselfADate() {
    Milestone review =
        new Milestone(
            "SO-KET-2028",
            "Báo cáo sơ kết giữa kỳ",
            LocalDate.of(2028, 12, 20),
            LocalDate.of(2028, 10, 1),
            DateSource.PROVINCE_DEFAULT);
    assertThat(
            Deadline.ongoing(Cadence.HALF_YEARLY).withMilestones(List.of(review), "d").milestones())
        .containsExactly(review);

    assertThatThrownBy(() ->
            Deadline.ongoing(Cadence.HALF_YEARLY).withMilestones(List.of(review, review), "d"))
        .isInstanceOfSatisfying(
            Refusal.class,
            p -> assertThat(p.errors().get(0).field()).isEqualTo("d.milestones[1].key"));
    Milestone late =
        new Milestone(
            "TONG-KET", "Tổng kết", LocalDate.of(2030, 9, 30), LocalDate.of(2030, 10, 1), null);
    assertThatThrownBy(() -> Deadline.annual().withMilestones(List.of(late), "d"))
        .isInstanceOfSatisfying(
            Refusal.class,
            p -> {
              assertThat(p.errors().get(0).field()).isEqualTo("d.milestones[0].windowOpensOn");
              assertThat(p.errors().get(0).message()).contains("30/09/2030");
            });
    assertThatThrownBy(() ->
            Deadline.fixedDate(LocalDate.of(2026, 3, 31)).withMilestones(List.of(review), "d"))
        .isInstanceOfSatisfying(
            Refusal.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("d.milestones"));
  }
}
