package vn.dienbien.portal.board;

import java.time.LocalDate;
import vn.dienbien.portal.web.Forms;

/**
 * The board's filters: a directive (or a due-date range across all), a status (default: overdue)
 * and a unit. report-service filters and pages; totals are always shown.
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
