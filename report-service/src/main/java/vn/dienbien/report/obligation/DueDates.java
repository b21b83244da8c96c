package vn.dienbien.report.obligation;

import java.time.Instant;

/** Port to due-date detection: remind about an obligation due at {@code dueAt}. */
public interface DueDates {

  /** Watches the obligation from its first reminder before {@code dueAt} on (idempotent). */
  void watch(String obligationId, Instant dueAt);
}
