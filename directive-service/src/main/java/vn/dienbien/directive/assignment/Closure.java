package vn.dienbien.directive.assignment;

/**
 * Why an assignment closed: its final report was accepted, the monitoring body marked it complete,
 * or its directive ended (superseded or expired). {@code recorded} is what the stored {@code
 * closedReason} says.
 */
public enum Closure {
  FINAL_REPORT("FINAL_REPORT_ACCEPTED"),
  MONITORING_BODY("MARKED_COMPLETE"),
  DIRECTIVE_ENDED("WITHDRAWN");

  private final String recorded;

  Closure(String recorded) {
    this.recorded = recorded;
  }

  public String recorded() {
    return recorded;
  }

  /** The closure a stored {@code closedReason} records. */
  public static Closure ofRecorded(String recorded) {
    for (Closure c : values()) {
      if (c.recorded.equals(recorded)) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown closed reason " + recorded);
  }
}
