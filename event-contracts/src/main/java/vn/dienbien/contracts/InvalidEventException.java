package vn.dienbien.contracts;

/** A record that is not a well-formed event of a known type: consumers park it, never retry it. */
public class InvalidEventException extends RuntimeException {

  public InvalidEventException(String message) {
    super(message);
  }

  public InvalidEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
