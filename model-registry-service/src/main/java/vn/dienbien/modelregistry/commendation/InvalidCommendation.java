package vn.dienbien.modelregistry.commendation;

/** A commendation that contradicts itself or the calendar: the field at fault and why. */
public class InvalidCommendation extends RuntimeException {

  private final String field;

  public InvalidCommendation(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
