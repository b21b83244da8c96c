package vn.dienbien.report.obligation;

import java.util.List;
import vn.dienbien.platform.refusal.Refusal;

/**
 * A review with a field that cannot be right, named by field (Vietnamese). A {@link Refusal} of
 * kind INVALID.
 */
public class InvalidReview extends Refusal {

  public InvalidReview(String field, String message) {
    super(
        Kind.INVALID,
        "validation",
        "Trường " + field + ": " + message,
        List.of(new FieldError(field, message)));
  }

  public String field() {
    return errors().getFirst().field();
  }
}
