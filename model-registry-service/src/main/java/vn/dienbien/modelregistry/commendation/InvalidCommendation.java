package vn.dienbien.modelregistry.commendation;

import vn.dienbien.platform.refusal.Refusal;

/**
 * A commendation that contradicts itself or the calendar: the field at fault and why; answered as
 * any invalid field is (400, {@code validation}).
 */
public class InvalidCommendation extends Refusal {

  private final String field;

  public InvalidCommendation(String field, String message) {
    super(
        Kind.INVALID,
        "validation",
        "Trường " + field + ": " + message,
        java.util.List.of(new FieldError(field, message)));
    this.field = field;
  }

  public String field() {
    return field;
  }
}
