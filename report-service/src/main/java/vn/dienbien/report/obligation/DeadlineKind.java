package vn.dienbien.report.obligation;

/**
 * How a task is due: on one fixed date, ongoing work reported on a cadence, or annual work reported
 * yearly. Stored by name in an obligation's assignment, so the names are those directive-service
 * assigns with.
 */
public enum DeadlineKind {
  FIXED_DATE,
  ONGOING,
  ANNUAL
}
