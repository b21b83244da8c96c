package vn.dienbien.contracts;

/**
 * A record that is not a well-formed event of a known type: consumers park it in the dead-letter
 * topic at once, never retry it. Its message starts with the {@link Reason}'s code, which the
 * dead-letter record carries in its {@code x-exception-message} header.
 */
public class InvalidEventException extends RuntimeException {

  /** Why a record was refused; {@link #code()} is the value counted and put in headers. */
  public enum Reason {
    /** Not a structured-mode CloudEvent (bytes, JSON without the required attributes…). */
    UNREADABLE("unreadable"),
    /** A CloudEvent whose type the catalog does not know. */
    UNKNOWN_TYPE("unknown-type"),
    /** A known type without data, or data not of the declared content type. */
    NO_DATA("no-data"),
    /** Data that breaks the JSON Schema of its type. */
    SCHEMA("schema-invalid");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final Reason reason;

  public InvalidEventException(String message) {
    this(Reason.UNREADABLE, message, null);
  }

  public InvalidEventException(String message, Throwable cause) {
    this(Reason.UNREADABLE, message, cause);
  }

  public InvalidEventException(Reason reason, String message) {
    this(reason, message, null);
  }

  public InvalidEventException(Reason reason, String message, Throwable cause) {
    super(reason.code() + ": " + message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
