package vn.dienbien.report.obligation;

import java.util.List;
import vn.dienbien.platform.refusal.Refusal;

/**
 * An extension request or decision with a field that cannot be right, named by field with the rule
 * (Vietnamese). A {@link Refusal} of kind INVALID.
 */
public class InvalidExtension extends Refusal {

  public InvalidExtension(String field, String message) {
    super(
        Kind.INVALID,
        "validation",
        "Trường " + field + ": " + message,
        List.of(new FieldError(field, message)));
  }

  public String field() {
    return errors().getFirst().field();
  }

  /** The rule the field breaks, without the field's name. */
  public String rule() {
    return errors().getFirst().message();
  }
}
