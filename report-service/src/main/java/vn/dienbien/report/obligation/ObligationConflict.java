package vn.dienbien.report.obligation;

import java.util.List;
import vn.dienbien.platform.refusal.Refusal;

/**
 * A request the obligation cannot take in its current state or on this day: valid, but not now or
 * not twice. {@code code} is a stable English key for programs; the message is Vietnamese, for the
 * official who sent it. A {@link Refusal} of kind CONFLICT.
 */
public class ObligationConflict extends Refusal {

  public ObligationConflict(String code, String message) {
    super(Kind.CONFLICT, code, message, List.of());
  }
}
