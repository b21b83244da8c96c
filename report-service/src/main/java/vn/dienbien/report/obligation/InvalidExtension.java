package vn.dienbien.report.obligation;

/**
 * An extension request or decision with a field that cannot be right, named by field with the rule
 * (Vietnamese). The web layer answers 400.
 */
public class InvalidExtension extends RuntimeException {

  private final String field;

  public InvalidExtension(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
