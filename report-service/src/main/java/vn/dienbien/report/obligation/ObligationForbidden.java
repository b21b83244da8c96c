package vn.dienbien.report.obligation;

/**
 * A request from someone the obligation does not answer to (not its monitoring body, not its unit).
 * The message names no unit; the web layer answers 403.
 */
public class ObligationForbidden extends RuntimeException {

  private final String code;

  public ObligationForbidden(String message) {
    this("forbidden", message);
  }

  /** With its own stable code, e.g. {@code forbidden-unit} for another unit's obligation. */
  public ObligationForbidden(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
