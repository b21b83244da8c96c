package vn.dienbien.report.obligation;

import java.util.List;
import vn.dienbien.platform.refusal.Refusal;

/**
 * A request from someone the obligation does not answer to (not its monitoring body, not its unit).
 * The message names no unit. A {@link Refusal} of kind FORBIDDEN.
 */
public class ObligationForbidden extends Refusal {

  public ObligationForbidden(String message) {
    this("forbidden", message);
  }

  /** With its own stable code, e.g. {@code forbidden-unit} for another unit's obligation. */
  public ObligationForbidden(String code, String message) {
    super(Kind.FORBIDDEN, code, message, List.of());
  }
}
