package vn.dienbien.report.progress;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dienbien.report.obligation.ObligationNotFound;
import vn.dienbien.report.obligation.readmodel.ObligationProjection;
import vn.dienbien.report.obligation.readmodel.ObligationRow;

/**
 * Progress as of now: for a directive (periods already started), or the summary of all obligations
 * due within a period, counted from the {@link ObligationProjection} (in memory), and the
 * monitoring board over either. The monitoring board asks for them on every page, from many
 * sessions at once, so each progress and each board is counted once and shared ({@link Memo}) until
 * an obligation changes in the projection or the time changes a status, the days overdue or the
 * day.
 */
@Service
public class ProgressQueries {

  private static final int PROGRESS_KEYS = 16;
  private static final int BOARD_KEYS = 64;

  /** What a progress counts: a directive's started periods, else what is due from..to. */
  private record Scope(String directiveId, LocalDate from, LocalDate to) {}

  private record BoardKey(Scope scope, ProgressStatus status, String unitId) {}

  private final ObligationProjection obligations;
  private final Clock clock;
  private final Memo<Scope, Progress> progresses;
  private final Memo<BoardKey, ProgressBoard> boards;

  ProgressQueries(ObligationProjection obligations, Clock clock, MeterRegistry meters) {
    this.obligations = obligations;
    this.clock = clock;
    this.progresses = new Memo<>("progress", PROGRESS_KEYS, clock, meters);
    this.boards = new Memo<>("board", BOARD_KEYS, clock, meters);
  }

  /**
   * The progress of a directive's started reporting periods.
   *
   * @throws ObligationNotFound when no unit has an obligation of this directive at all
   */
  public Progress directive(String directiveId) {
    return progress(new Scope(directiveId, null, null), obligations.changes()).value();
  }

  public Progress summary(LocalDate from, LocalDate to) {
    return progress(new Scope(null, from, to), obligations.changes()).value();
  }

  /**
   * The board over {@link #directive}, keeping rows of {@code status} and {@code unitId} (null:
   * any).
   */
  public ProgressBoard directiveBoard(String directiveId, ProgressStatus status, String unitId) {
    return board(new BoardKey(new Scope(directiveId, null, null), status, unitId));
  }

  /** The board over {@link #summary}, keeping rows of {@code status} and {@code unitId}. */
  public ProgressBoard summaryBoard(
      LocalDate from, LocalDate to, ProgressStatus status, String unitId) {
    return board(new BoardKey(new Scope(null, from, to), status, unitId));
  }

  private ProgressBoard board(BoardKey key) {
    long changes = obligations.changes();
    return boards
        .get(
            key,
            changes,
            () -> {
              Memo.Computed<Progress> progress = progress(key.scope(), changes);
              return new Memo.Computed<>(
                  ProgressBoard.of(progress.value(), key.status(), key.unitId()),
                  progress.validFrom(),
                  progress.validUntil());
            })
        .value();
  }

  /** The progress of {@code scope}; {@code changes} was read before any row is. */
  private Memo.Computed<Progress> progress(Scope scope, long changes) {
    return progresses.get(
        scope,
        changes,
        () ->
            scope.directiveId() != null
                ? countDirective(scope.directiveId())
                : countDue(scope.from(), scope.to()));
  }

  private Memo.Computed<Progress> countDirective(String directiveId) {
    List<ObligationRow> all = obligations.ofDirective(directiveId);
    if (all.isEmpty()) {
      throw new ObligationNotFound("nghĩa vụ báo cáo của chỉ thị", directiveId);
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    var found =
        all.stream()
            .filter(o -> o.periodStart() != null && !o.periodStart().isAfter(today))
            .toList();
    String title =
        found.isEmpty()
            ? directiveId
            : "Tiến độ thực hiện Chỉ thị " + found.getFirst().directiveNumber();
    return ProgressCount.of(title, found, now, clock.getZone());
  }

  private Memo.Computed<Progress> countDue(LocalDate from, LocalDate to) {
    var found = obligations.dueBetween(from, to);
    return ProgressCount.of(
        "Tổng hợp tình hình báo cáo từ " + Formats.date(from) + " đến " + Formats.date(to),
        found,
        clock.instant(),
        clock.getZone());
  }
}
