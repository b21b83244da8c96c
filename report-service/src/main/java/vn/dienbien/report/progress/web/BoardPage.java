package vn.dienbien.report.progress.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;
import vn.dienbien.report.progress.ProgressBoard;
import vn.dienbien.report.progress.ProgressRow;
import vn.dienbien.report.progress.Tally;

/** {@link ProgressBoard} as the API answers it: one page of the kept rows, with their total. */
record BoardPage(
    String title,
    LocalDate asOf,
    Tally total,
    List<ProgressBoard.UnitName> units,
    Map<String, Long> byDirective,
    List<ProgressBoard.UnitCount> topUnits,
    PagedResponse<ProgressRow> rows) {

  static BoardPage of(ProgressBoard board, PageQuery page) {
    return new BoardPage(
        board.title(),
        board.asOf(),
        board.total(),
        board.units(),
        board.byDirective(),
        board.topUnits(),
        PagedResponse.ofAll(board.rows(), page));
  }
}
