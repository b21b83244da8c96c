package vn.dienbien.report.obligation;

/**
 * A request the obligation cannot take in its current state or on this day: valid, but not now or
 * not twice. {@code code} is a stable English key for programs; the message is Vietnamese, for the
 * official who sent it. The web layer answers 409.
 */
public class ObligationConflict extends RuntimeException {

  private final String code;

  public ObligationConflict(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
