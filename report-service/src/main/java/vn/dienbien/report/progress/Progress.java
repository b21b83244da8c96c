package vn.dienbien.report.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Progress of a set of obligations as of a day (Asia/Ho_Chi_Minh): totals, by task, by unit, and
 * who is late by how much.
 */
public record Progress(
    String title,
    Tally total,
    Map<String, Tally> byTask,
    Map<String, Tally> byUnit,
    List<ProgressRow> overdue,
    List<ProgressRow> rows,
    LocalDate asOf) {

  /** Unit names by unit id, as the rows carry them (exports show names, not codes). */
  public Map<String, String> unitNames() {
    Map<String, String> names = new TreeMap<>();
    rows.forEach(r -> names.putIfAbsent(r.unitId(), r.unitName()));
    return names;
  }
}
