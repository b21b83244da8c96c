package vn.dienbien.report.obligation;

import java.util.List;
import vn.dienbien.platform.refusal.Refusal;

/**
 * No such obligation, or no such request on it: {@code what} in Vietnamese. A {@link Refusal} of
 * kind NOT_FOUND, worded as {@link Refusal#notFound} words it.
 */
public class ObligationNotFound extends Refusal {

  public ObligationNotFound(String what, String id) {
    super(Kind.NOT_FOUND, "not-found", "Không tìm thấy " + what + " " + id, List.of());
  }
}
