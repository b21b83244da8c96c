package vn.dienbien.directive.directive;

/** How often ongoing work is reported. */
public enum Cadence {
  MONTHLY,
  QUARTERLY,
  HALF_YEARLY,
  YEARLY
}
