package vn.dienbien.report.obligation.readmodel;

import java.time.LocalDate;
import java.util.function.Predicate;
import vn.dienbien.report.obligation.ObligationState;

/**
 * What an obligation list asks for; null fields ask nothing. {@code overdue}: past its due date
 * ({@code today} excluded) and still owing a report (true), or not (false).
 */
public record ObligationFilter(
    String unitId,
    String directiveNumber,
    ObligationState state,
    Boolean overdue,
    LocalDate dueFrom,
    LocalDate dueTo,
    boolean extensionPending,
    LocalDate today)
    implements Predicate<ObligationRow> {

  @Override
  public boolean test(ObligationRow row) {
    return (unitId == null || unitId.equals(row.unitId()))
        && (directiveNumber == null || directiveNumber.equals(row.directiveNumber()))
        && (state == null || state == row.state())
        && (overdue == null || overdue == row.overdueOn(today))
        && (dueFrom == null || !row.dueDate().isBefore(dueFrom))
        && (dueTo == null || !row.dueDate().isAfter(dueTo))
        && (!extensionPending || row.extensionPending());
  }
}
