package vn.dienbien.report.obligation;

/** A review with a field that cannot be right, named by field (Vietnamese). The web layer: 400. */
public class InvalidReview extends RuntimeException {

  private final String field;

  public InvalidReview(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
