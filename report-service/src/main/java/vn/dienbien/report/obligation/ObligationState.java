package vn.dienbien.report.obligation;

/** Where an obligation stands in its report's life. */
public enum ObligationState {
  /** No report yet. */
  OPEN,
  /** A report waits for the monitoring body's review. */
  SUBMITTED,
  /** The last report was returned for rework; the unit owes a new one. */
  RETURNED,
  /** The report was accepted. */
  ACCEPTED,
  /** The assignment was closed; nothing more is owed. */
  CLOSED;

  public boolean awaitingReport() {
    return this == OPEN || this == RETURNED;
  }
}
