package vn.dienbien.report.obligation.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import vn.dienbien.report.obligation.ExtensionRequest;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.report.obligation.Report;

/**
 * An obligation as the API shows it, with its report history (oldest first): {@code windowOpensOn}
 * is the first day a report is accepted; only the {@code lastPeriod}'s COMPLETED report closes the
 * assignment. {@code extensionRequests}: this period's extension requests and decisions, oldest
 * first; {@code originalDueDate} stays as first planned.
 */
public record ObligationView(
    String id,
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String taskCode,
    String taskContent,
    String unitId,
    String unitName,
    String monitoringUnitId,
    String periodLabel,
    LocalDate periodStart,
    LocalDate cutOff,
    LocalDate windowOpensOn,
    LocalDate originalDueDate,
    LocalDate dueDate,
    OffsetDateTime dueAt,
    boolean lastPeriod,
    ObligationState state,
    int overdueStep,
    List<Report> reports,
    List<ExtensionRequest> extensionRequests) {

  public static ObligationView of(Obligation o, ZoneId zone) {
    var a = o.assignment();
    return new ObligationView(
        o.id(),
        a.assignmentId(),
        a.directiveId(),
        a.directiveNumber(),
        a.taskCode(),
        a.taskContent(),
        a.unitId(),
        a.unitName(),
        a.monitoringUnitId(),
        o.periodLabel(),
        o.periodStart(),
        o.cutOff(),
        o.opensOn(),
        o.originalDueDate(),
        o.dueDate(),
        OffsetDateTime.ofInstant(o.dueAt(), zone),
        o.lastPeriod(),
        o.state(),
        o.overdueStep(),
        o.reports(),
        o.extensionRequests());
  }
}
