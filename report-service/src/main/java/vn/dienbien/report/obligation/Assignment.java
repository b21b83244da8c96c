package vn.dienbien.report.obligation;

import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.TaskAssigned.DeadlineKind;

/** The facts of the assignment an obligation comes from, copied so reminders need no lookup. */
public record Assignment(
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String directiveTitle,
    String taskId,
    String taskCode,
    String taskContent,
    String unitId,
    String unitName,
    String monitoringUnitId,
    DeadlineKind deadlineKind) {

  /** A task due on one fixed date (extended per assignment, completed by its one report). */
  public boolean fixedDate() {
    return deadlineKind == DeadlineKind.FIXED_DATE;
  }

  static Assignment of(TaskAssigned event, String defaultMonitoringUnit) {
    String monitor =
        event.monitoringUnitId() == null ? defaultMonitoringUnit : event.monitoringUnitId();
    return new Assignment(
        event.assignmentId(),
        event.directiveId(),
        event.directiveNumber(),
        event.directiveTitle(),
        event.taskId(),
        event.taskCode(),
        event.taskContent(),
        event.unitId(),
        event.unitName(),
        monitor,
        event.deadlineKind());
  }
}
