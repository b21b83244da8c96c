package vn.dienbien.portal.board;

import java.util.List;
import java.util.Map;
import vn.dienbien.portal.api.Paged;
import vn.dienbien.portal.report.Progress;

/**
 * report-service's board ({@code /api/v1/progress/board}): one page of the rows the filter keeps,
 * with their total, every unit that has an obligation, and what the charts count.
 */
record Board(
    String title,
    Progress.Tally total,
    List<UnitName> units,
    Map<String, Long> byDirective,
    List<UnitCount> topUnits,
    Paged<Progress.Row> rows) {

  record UnitName(String unitId, String unitName) {}

  record UnitCount(String unitId, String unitName, Long count) {}
}
