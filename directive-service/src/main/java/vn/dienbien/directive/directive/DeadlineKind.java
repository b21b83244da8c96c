package vn.dienbien.directive.directive;

/** Fixed date, ongoing work reported on a cadence, or annual work reported yearly. */
public enum DeadlineKind {
  FIXED_DATE,
  ONGOING,
  ANNUAL
}
