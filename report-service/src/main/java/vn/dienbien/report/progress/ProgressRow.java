package vn.dienbien.report.progress;

import java.time.LocalDate;
import vn.dienbien.report.obligation.readmodel.ObligationRow;

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
      ObligationRow o, ProgressStatus status, long daysOverdue, java.time.ZoneId zone) {
    return new ProgressRow(
        o.id(),
        o.directiveNumber(),
        o.taskCode(),
        o.unitId(),
        o.unitName(),
        o.periodLabel(),
        o.dueDate(),
        status,
        status.label(),
        daysOverdue,
        o.submittedAt() == null ? null : o.submittedAt().atZone(zone).toLocalDate(),
        o.progressPercent(),
        o.difficulties(),
        o.proposals(),
        o.directiveTitle(),
        o.taskContent(),
        o.results());
  }
}
