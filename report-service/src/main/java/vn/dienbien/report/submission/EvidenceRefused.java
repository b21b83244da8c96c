package vn.dienbien.report.submission;

/**
 * An evidence file (or set of files) refused before anything is stored, naming the field and the
 * rule in Vietnamese. The web layer answers 400, 413 (too large) or 415 (type not allowed).
 */
public class EvidenceRefused extends RuntimeException {

  /** Why the evidence is refused. */
  public enum Reason {
    INVALID,
    TOO_LARGE,
    TYPE_NOT_ALLOWED
  }

  private final Reason reason;
  private final String field;
  private final String fieldMessage;

  EvidenceRefused(Reason reason, String field, String detail, String fieldMessage) {
    super(detail);
    this.reason = reason;
    this.field = field;
    this.fieldMessage = fieldMessage;
  }

  public Reason reason() {
    return reason;
  }

  public String field() {
    return field;
  }

  /** What the field's error says; the message is the problem's detail. */
  public String fieldMessage() {
    return fieldMessage;
  }
}
