package vn.dienbien.portal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** report-service's progress of a set of obligations: totals, by task, by unit, and rows. */
public record Progress(
    String title,
    Tally total,
    Map<String, Tally> byTask,
    Map<String, Tally> byUnit,
    List<Row> overdue,
    List<Row> rows) {

  public record Tally(Map<String, Integer> counts, int total, Double onTimeRate) {

    public int count(String status) {
      return counts == null ? 0 : counts.getOrDefault(status, 0);
    }

    /** Submitted (on time or late) over all counted obligations, in percent; null when none. */
    public Double doneRate() {
      return total == 0
          ? null
          : Math.round(1000.0 * (count("DONE_ON_TIME") + count("DONE_LATE")) / total) / 10.0;
    }
  }

  public record Row(
      String obligationId,
      String directiveNumber,
      String taskCode,
      String unitId,
      String unitName,
      String periodLabel,
      LocalDate dueDate,
      String status,
      String statusLabel,
      long daysOverdue,
      LocalDate submittedOn,
      Integer progressPercent) {}
}
