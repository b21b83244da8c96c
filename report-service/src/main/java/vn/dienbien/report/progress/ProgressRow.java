package vn.dienbien.report.progress;

import java.time.LocalDate;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.Report;

/**
 * One obligation as it appears in progress lists and exports; the report fields are those of the
 * latest revision. {@code directiveTitle}, {@code taskContent} and {@code results} came later and
 * are last so positional readers keep working.
 */
public record ProgressRow(
    String obligationId,
    String directiveNumber,
    String taskCode,
    String unitId,
    String unitName,
    String periodLabel,
    LocalDate dueDate,
    ProgressStatus status,
    String statusLabel,
    long daysOverdue,
    LocalDate submittedOn,
    Integer progressPercent,
    String difficulties,
    String proposals,
    String directiveTitle,
    String taskContent,
    String results) {

  static ProgressRow of(
      Obligation o, ProgressStatus status, long daysOverdue, java.time.ZoneId zone) {
    var a = o.assignment();
    Report r = o.currentReport();
    return new ProgressRow(
        o.id(),
        a.directiveNumber(),
        a.taskCode(),
        a.unitId(),
        a.unitName(),
        o.periodLabel(),
        o.dueDate(),
        status,
        status.label(),
        daysOverdue,
        r == null ? null : r.submittedAt().atZone(zone).toLocalDate(),
        r == null ? null : r.content().progressPercent(),
        r == null ? null : r.content().difficulties(),
        r == null ? null : r.content().proposals(),
        a.directiveTitle(),
        a.taskContent(),
        r == null ? null : r.content().results());
  }
}
