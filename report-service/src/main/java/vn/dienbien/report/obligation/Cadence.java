package vn.dienbien.report.obligation;

/** How often ongoing work is reported; {@link PeriodKind#slotsOf} says which periods each asks. */
public enum Cadence {
  MONTHLY,
  QUARTERLY,
  HALF_YEARLY,
  YEARLY
}
