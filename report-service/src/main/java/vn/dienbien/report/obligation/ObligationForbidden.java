package vn.dienbien.report.obligation;

/**
 * A request from someone the obligation does not answer to (not its monitoring body, not its unit).
 * The message names no unit; the web layer answers 403.
 */
public class ObligationForbidden extends RuntimeException {

  public ObligationForbidden(String message) {
    super(message);
  }
}
