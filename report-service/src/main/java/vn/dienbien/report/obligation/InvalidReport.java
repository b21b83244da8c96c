package vn.dienbien.report.obligation;

import java.util.List;
import vn.dienbien.platform.refusal.Refusal;

/**
 * A report whose own content contradicts itself, named by field, with the expected rule and the
 * values allowed here (Vietnamese). A {@link Refusal} of kind INVALID.
 */
public class InvalidReport extends Refusal {

  public InvalidReport(String field, String message, String expected, List<String> allowed) {
    super(
        Kind.INVALID,
        "validation",
        "Trường " + field + ": " + message,
        List.of(new FieldError(field, message, expected, allowed)));
  }

  public String field() {
    return errors().getFirst().field();
  }

  public String expected() {
    return errors().getFirst().expected();
  }

  public List<String> allowed() {
    return errors().getFirst().allowed();
  }
}
