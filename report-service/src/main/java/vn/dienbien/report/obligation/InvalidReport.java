package vn.dienbien.report.obligation;

import java.util.List;

/**
 * A report whose own content contradicts itself, named by field, with the expected rule and the
 * values allowed here (Vietnamese). The web layer answers 400.
 */
public class InvalidReport extends RuntimeException {

  private final String field;
  private final String expected;
  private final List<String> allowed;

  public InvalidReport(String field, String message, String expected, List<String> allowed) {
    super(message);
    this.field = field;
    this.expected = expected;
    this.allowed = List.copyOf(allowed);
  }

  public String field() {
    return field;
  }

  public String expected() {
    return expected;
  }

  public List<String> allowed() {
    return allowed;
  }
}
