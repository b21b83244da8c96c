package vn.dienbien.portal.board;

import java.time.LocalDate;
import java.util.List;
import vn.dienbien.portal.report.Progress;
import vn.dienbien.portal.web.Forms;

/**
 * The board's filters: a directive (or a due-date range across all), a status (default: overdue)
 * and a unit. Filtering only narrows report-service's complete list; totals are always shown.
 */
record BoardFilter(String directive, String status, String unit, LocalDate from, LocalDate to) {

  static final String ALL = "TAT-CA";

  static BoardFilter of(
      String directive, String status, String unit, LocalDate from, LocalDate to, LocalDate today) {
    return new BoardFilter(
        Forms.blank(directive),
        status == null || status.isBlank() ? "OVERDUE" : status,
        Forms.blank(unit),
        from != null ? from : LocalDate.of(today.getYear() - 1, 1, 1),
        to != null ? to : LocalDate.of(today.getYear(), 12, 31));
  }

  List<Progress.Row> apply(List<Progress.Row> rows) {
    return rows.stream()
        .filter(r -> ALL.equals(status) || status.equals(r.status()))
        .filter(r -> unit == null || unit.equals(r.unitId()))
        .toList();
  }

  /** The board's address with these filters, for pager links and bookmarks. */
  String url(String base) {
    return vn.dienbien.portal.web.Paths.path(base)
        .param("chiThi", directive)
        .param("trangThai", status)
        .param("donVi", unit)
        .param("tu", directive == null ? from : null)
        .param("den", directive == null ? to : null)
        .build();
  }
}
