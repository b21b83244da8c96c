package vn.dienbien.report.obligation.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import vn.dienbien.report.obligation.Assignment;
import vn.dienbien.report.obligation.ExtensionRequest;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.report.obligation.Report;

/**
 * What the progress reads and the obligation lists filter and sort on, for one obligation: no
 * evidence, no report history, only the latest report's facts. {@code late} and {@code submittedAt}
 * are those of the latest report (null before the first); {@code version} decides which of two
 * copies is newer; {@code windowOpensOn} is the first day a report is accepted; {@code order} is
 * the order in which the projection first saw the obligation (the store's natural order), which
 * ties keep.
 */
public record ObligationRow(
    String id,
    String directiveId,
    String directiveNumber,
    String directiveTitle,
    String taskCode,
    String taskContent,
    String unitId,
    String unitName,
    String periodLabel,
    LocalDate periodStart,
    LocalDate windowOpensOn,
    LocalDate dueDate,
    Instant dueAt,
    ObligationState state,
    Boolean late,
    Instant submittedAt,
    Integer progressPercent,
    String difficulties,
    String proposals,
    String results,
    boolean extensionPending,
    int version,
    long order) {

  /** The row of {@code o}, not yet placed ({@code order} 0). */
  public static ObligationRow of(Obligation o) {
    Assignment a = o.assignment();
    Report r = o.currentReport();
    return new ObligationRow(
        o.id(),
        a.directiveId(),
        a.directiveNumber(),
        a.directiveTitle(),
        a.taskCode(),
        a.taskContent(),
        a.unitId(),
        a.unitName(),
        o.periodLabel(),
        o.periodStart(),
        o.opensOn(),
        o.dueDate(),
        o.dueAt(),
        o.state(),
        r == null ? null : r.late(),
        r == null ? null : r.submittedAt(),
        r == null ? null : r.content().progressPercent(),
        r == null ? null : r.content().difficulties(),
        r == null ? null : r.content().proposals(),
        r == null ? null : r.content().results(),
        o.extensionRequests().stream()
            .anyMatch(e -> e.decision() == ExtensionRequest.Decision.PENDING),
        o.version(),
        0);
  }

  ObligationRow placed(long at) {
    return new ObligationRow(
        id,
        directiveId,
        directiveNumber,
        directiveTitle,
        taskCode,
        taskContent,
        unitId,
        unitName,
        periodLabel,
        periodStart,
        windowOpensOn,
        dueDate,
        dueAt,
        state,
        late,
        submittedAt,
        progressPercent,
        difficulties,
        proposals,
        results,
        extensionPending,
        version,
        at);
  }

  /** Past its due date (today excluded) and still owing a report: open or returned. */
  public boolean overdueOn(LocalDate today) {
    return dueDate.isBefore(today) && state.awaitingReport();
  }
}
