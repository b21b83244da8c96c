package vn.dienbien.report.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.report.obligation.readmodel.ProjectionFixture.row;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.report.obligation.readmodel.ObligationProjection;
import vn.dienbien.report.obligation.readmodel.ObligationRow;
import vn.dienbien.report.obligation.readmodel.ProjectionFixture;
import vn.dienbien.testsupport.time.TestClock;

class ProgressQueriesTests {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2027, 12, 31);
  private static final LocalDate DUE = LocalDate.of(2027, 6, 10);

  private final TestClock clock = TestClock.startingAt(LocalDateTime.of(2027, 6, 15, 9, 0));
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final ObligationProjection projection = ProjectionFixture.empty(meters);
  private final ProgressQueries queries = new ProgressQueries(projection, clock, meters);

  @Test
  void aSubmissionAfterTheBoardWasReadShowsOnTheNextRead() {
    projection.put(row("o-1", "A", DUE, ObligationState.OPEN, null, null, 1), "load");
    projection.put(row("o-2", "B", DUE, ObligationState.OPEN, null, null, 1), "load");
    assertThat(overdueUnits()).containsExactly("A", "B");
    assertThat(overdueUnits()).containsExactly("A", "B");

    Instant submitted = clock.instant();
    projection.put(row("o-1", "A", DUE, ObligationState.SUBMITTED, submitted, true, 2), "write");

    assertThat(overdueUnits()).containsExactly("B");
    ProgressBoard late = queries.summaryBoard(FROM, TO, ProgressStatus.DONE_LATE, null);
    assertThat(late.rows()).extracting(ProgressRow::unitId).containsExactly("A");
    assertThat(late.total().counts().get(ProgressStatus.OVERDUE)).isEqualTo(1);
    assertThat(queries.summary(FROM, TO).total().counts().get(ProgressStatus.DONE_LATE))
        .isEqualTo(1);
    assertThat(requests("board", "hit")).isEqualTo(1.0);
    assertThat(requests("board", "miss")).isEqualTo(3.0);
  }

  @Test
  void theBoardMovesWithTheTimeThoughNoObligationChanged() {
    LocalDate tomorrow = LocalDate.of(2027, 6, 16);
    projection.put(row("o-1", "A", tomorrow, ObligationState.OPEN, null, null, 1), "load");
    projection.put(row("o-2", "B", DUE, ObligationState.RETURNED, null, null, 1), "load");
    assertThat(board(ProgressStatus.DUE_SOON)).extracting(ProgressRow::unitId).containsExactly("A");
    assertThat(board(ProgressStatus.OVERDUE))
        .extracting(ProgressRow::daysOverdue)
        .containsExactly(4L);

    clock.travelTo(LocalDateTime.of(2027, 6, 17, 0, 0, 1));

    assertThat(board(ProgressStatus.DUE_SOON)).isEmpty();
    assertThat(board(ProgressStatus.OVERDUE))
        .extracting(ProgressRow::unitId, ProgressRow::daysOverdue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B", 6L),
            org.assertj.core.groups.Tuple.tuple("A", 0L));
    assertThat(queries.summary(FROM, TO).asOf()).isEqualTo(LocalDate.of(2027, 6, 17));
  }

  @Test
  void aCountHoldsUntilTheFirstStatusOrNumberOfDaysMovesOrTheNextMidnight() {
    Instant now = LocalDateTime.of(2027, 6, 15, 9, 0).atZone(ProjectionFixture.ZONE).toInstant();
    Instant midnight = LocalDate.of(2027, 6, 16).atStartOfDay(ProjectionFixture.ZONE).toInstant();
    var accepted = row("a", "A", DUE, ObligationState.ACCEPTED, now, false, 3);
    var dueIn8Days = row("s", "S", LocalDate.of(2027, 6, 22), ObligationState.OPEN, null, null, 1);
    var lateSince10th = row("l", "L", DUE, ObligationState.OPEN, null, null, 1);

    assertThat(ProgressCount.validUntil(List.of(accepted), now, ProjectionFixture.ZONE))
        .isEqualTo(midnight);
    assertThat(ProgressCount.validUntil(List.of(lateSince10th), now, ProjectionFixture.ZONE))
        .isEqualTo(midnight);
    // Due at the end of 22/06: due soon (7 days) from 16/06 00:00, which is also the next midnight.
    assertThat(ProgressCount.validUntil(List.of(dueIn8Days), now, ProjectionFixture.ZONE))
        .isEqualTo(midnight);
    // Due times off midnight (none are planned so, but the count must not rely on it).
    Instant tonight =
        LocalDateTime.of(2027, 6, 15, 23, 30).atZone(ProjectionFixture.ZONE).toInstant();
    assertThat(
            ProgressCount.validUntil(
                List.of(accepted, dueAt(tonight)), now, ProjectionFixture.ZONE))
        .isEqualTo(tonight);
    Instant tenth = LocalDateTime.of(2027, 6, 10, 22, 0).atZone(ProjectionFixture.ZONE).toInstant();
    assertThat(ProgressCount.validUntil(List.of(dueAt(tenth)), now, ProjectionFixture.ZONE))
        .isEqualTo(tenth.plus(Duration.ofDays(5)));
  }

  private static ObligationRow dueAt(Instant dueAt) {
    return new ObligationRow(
        "x",
        "d",
        "n",
        "t",
        "c",
        "k",
        "X",
        "Xã X",
        "p",
        DUE,
        DUE,
        DUE,
        dueAt,
        ObligationState.OPEN,
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

  private List<String> overdueUnits() {
    return board(ProgressStatus.OVERDUE).stream().map(ProgressRow::unitId).toList();
  }

  private List<ProgressRow> board(ProgressStatus status) {
    return queries.summaryBoard(FROM, TO, status, null).rows();
  }

  private double requests(String memo, String result) {
    return meters
        .get("progress.memo.requests")
        .tag("memo", memo)
        .tag("result", result)
        .counter()
        .count();
  }
}
