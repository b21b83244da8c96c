package vn.dienbien.report.obligation;

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

  /** This assignment, monitored by {@code defaultMonitoringUnit} when it names no monitor. */
  Assignment monitoredByDefault(String defaultMonitoringUnit) {
    if (monitoringUnitId != null) {
      return this;
    }
    return new Assignment(
        assignmentId,
        directiveId,
        directiveNumber,
        directiveTitle,
        taskId,
        taskCode,
        taskContent,
        unitId,
        unitName,
        defaultMonitoringUnit,
        deadlineKind);
  }
}
