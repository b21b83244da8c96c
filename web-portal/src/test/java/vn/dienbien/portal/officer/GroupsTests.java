package vn.dienbien.portal.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.portal.report.Obligation;

class GroupsTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static Obligation due(String id, String state, LocalDate due) {
    return opensOn(id, state, due.minusMonths(3), due);
  }

  private static Obligation opensOn(String id, String state, LocalDate opens, LocalDate due) {
    return new Obligation(
        id,
        "a",
        "d",
        "11-CT/TU",
        "11.1",
        "…",
        "XA",
        "Xã",
        "BTGDV-TU",
        "Kỳ",
        due,
        opens,
        due,
        due,
        null,
        state,
        List.of(),
        List.of());
  }

  @Test
  void openObligationsAreOverdueDueSoonOrOpenByTheirDueDateAndTheRestByState() {
    var groups =
        Groups.of(
            List.of(
                due("late", "OPEN", TODAY.minusDays(1)),
                due("today", "OPEN", TODAY),
                due("soon", "OPEN", TODAY.plusDays(7)),
                due("later", "OPEN", TODAY.plusDays(8)),
                due("back", "RETURNED", TODAY.minusDays(30)),
                due("sent", "SUBMITTED", TODAY),
                due("done", "ACCEPTED", TODAY),
                due("closed", "CLOSED", TODAY)),
            TODAY,
            7);
    assertThat(ids(groups.get(Groups.Group.OVERDUE))).containsExactly("late");
    assertThat(ids(groups.get(Groups.Group.DUE_SOON))).containsExactly("today", "soon");
    assertThat(ids(groups.get(Groups.Group.OPEN))).containsExactly("later");
    assertThat(ids(groups.get(Groups.Group.RETURNED))).containsExactly("back");
    assertThat(ids(groups.get(Groups.Group.SUBMITTED))).containsExactly("sent");
    assertThat(ids(groups.get(Groups.Group.ACCEPTED))).containsExactly("done");
  }

  @Test
  void anOpenObligationWhoseWindowHasNotOpenedIsNotOpenForReportsYet() {
    var groups =
        Groups.of(
            List.of(
                opensOn("next-year", "OPEN", TODAY.plusDays(1), TODAY.plusDays(20)),
                opensOn("opens-today", "OPEN", TODAY, TODAY.plusDays(20)),
                opensOn("legacy", "OPEN", null, TODAY.plusDays(20)),
                opensOn("returned", "RETURNED", TODAY.plusDays(1), TODAY.plusDays(20))),
            TODAY,
            7);
    assertThat(ids(groups.get(Groups.Group.NOT_OPEN_YET))).containsExactly("next-year");
    assertThat(ids(groups.get(Groups.Group.OPEN))).containsExactly("opens-today", "legacy");
    assertThat(groups.get(Groups.Group.NOT_OPEN_YET).getFirst().reportableOn(TODAY)).isFalse();
    assertThat(groups.get(Groups.Group.NOT_OPEN_YET).getFirst().reportableOn(TODAY.plusDays(1)))
        .isTrue();
  }

  @Test
  void theMostLateComesFirst() {
    var groups =
        Groups.of(
            List.of(due("a", "OPEN", TODAY.minusDays(2)), due("b", "OPEN", TODAY.minusDays(40))),
            TODAY,
            7);
    assertThat(ids(groups.get(Groups.Group.OVERDUE))).containsExactly("b", "a");
  }

  private static List<String> ids(List<Obligation> list) {
    return list.stream().map(Obligation::id).toList();
  }
}
