package vn.dienbien.report.obligation.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.report.obligation.ObligationState;

class ObligationGroupTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void openObligationsGoByTheirDueDateAndTheRestByState() {
    var groups =
        ObligationGroup.sort(
            List.of(
                row("late", ObligationState.OPEN, TODAY.minusDays(1)),
                row("today", ObligationState.OPEN, TODAY),
                row("soon", ObligationState.OPEN, TODAY.plusDays(7)),
                row("later", ObligationState.OPEN, TODAY.plusDays(8)),
                row("back", ObligationState.RETURNED, TODAY.minusDays(30)),
                row("sent", ObligationState.SUBMITTED, TODAY),
                row("done", ObligationState.ACCEPTED, TODAY),
                row("closed", ObligationState.CLOSED, TODAY)),
            TODAY,
            7);

    assertThat(ids(groups.get(ObligationGroup.OVERDUE))).containsExactly("late");
    assertThat(ids(groups.get(ObligationGroup.DUE_SOON))).containsExactly("today", "soon");
    assertThat(ids(groups.get(ObligationGroup.OPEN))).containsExactly("later");
    assertThat(ids(groups.get(ObligationGroup.RETURNED))).containsExactly("back");
    assertThat(ids(groups.get(ObligationGroup.SUBMITTED))).containsExactly("sent");
    assertThat(ids(groups.get(ObligationGroup.ACCEPTED))).containsExactly("done");
    assertThat(groups.get(ObligationGroup.NOT_OPEN_YET)).isEmpty();
    assertThat(groups.keySet()).containsExactly(ObligationGroup.values());
  }

  @Test
  void theDueSoonDaysAreTheLimitOfDueSoon() {
    var row = row("soon", ObligationState.OPEN, TODAY.plusDays(3));

    assertThat(ObligationGroup.of(row, TODAY, 3)).contains(ObligationGroup.DUE_SOON);
    assertThat(ObligationGroup.of(row, TODAY, 2)).contains(ObligationGroup.OPEN);
  }

  @Test
  void anOpenObligationWhoseWindowHasNotOpenedIsNotOpenYetWhateverItsDueDate() {
    var groups =
        ObligationGroup.sort(
            List.of(
                opens("next", ObligationState.OPEN, TODAY.plusDays(1), TODAY.plusDays(20)),
                opens("due-soon", ObligationState.OPEN, TODAY.plusDays(1), TODAY.plusDays(2)),
                opens("opens-today", ObligationState.OPEN, TODAY, TODAY.plusDays(20)),
                opens("legacy", ObligationState.OPEN, null, TODAY.plusDays(20)),
                opens("returned", ObligationState.RETURNED, TODAY.plusDays(1), TODAY.plusDays(20))),
            TODAY,
            7);

    assertThat(ids(groups.get(ObligationGroup.NOT_OPEN_YET))).containsExactly("due-soon", "next");
    assertThat(ids(groups.get(ObligationGroup.OPEN))).containsExactly("legacy", "opens-today");
    assertThat(ids(groups.get(ObligationGroup.RETURNED))).containsExactly("returned");
  }

  @Test
  void theMostLateComesFirstAndWhatWasSentTheLatestDueFirstTiesById() {
    var groups =
        ObligationGroup.sort(
            List.of(
                row("b", ObligationState.OPEN, TODAY.minusDays(2)),
                row("c", ObligationState.OPEN, TODAY.minusDays(40)),
                row("a", ObligationState.OPEN, TODAY.minusDays(2)),
                row("s1", ObligationState.SUBMITTED, TODAY.minusDays(2)),
                row("s3", ObligationState.SUBMITTED, TODAY.plusDays(9)),
                row("s2", ObligationState.SUBMITTED, TODAY.plusDays(9))),
            TODAY,
            7);

    assertThat(ids(groups.get(ObligationGroup.OVERDUE))).containsExactly("c", "a", "b");
    assertThat(ids(groups.get(ObligationGroup.SUBMITTED))).containsExactly("s2", "s3", "s1");
  }

  private static List<String> ids(List<ObligationRow> rows) {
    return rows.stream().map(ObligationRow::id).toList();
  }

  private static ObligationRow row(String id, ObligationState state, LocalDate due) {
    return opens(id, state, due.minusMonths(3), due);
  }

  private static ObligationRow opens(
      String id, ObligationState state, LocalDate opens, LocalDate due) {
    return new ObligationRow(
        id,
        "d",
        "11-CT/TU",
        "Chỉ thị",
        "11.1",
        "Nhiệm vụ",
        "XA",
        "Xã",
        "Kỳ",
        due.minusMonths(3),
        opens,
        due,
        due.atTime(23, 59).toInstant(ZoneOffset.ofHours(7)),
        state,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        1,
        0);
  }
}
