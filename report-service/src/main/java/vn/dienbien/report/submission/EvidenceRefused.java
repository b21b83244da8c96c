package vn.dienbien.report.submission;

import java.util.List;
import vn.dienbien.platform.refusal.Refusal;

/**
 * An evidence file refused before anything is stored because it is too large or of a type not
 * allowed, naming the field and the rule in Vietnamese: a {@link Refusal} the platform answers 413
 * ({@code evidence-too-large}) or 415 ({@code evidence-type}). Other invalid evidence (an empty
 * file) is a plain {@link Refusal#invalidField}.
 */
public class EvidenceRefused extends Refusal {

  /** Why the evidence is refused. */
  public enum Reason {
    TOO_LARGE,
    TYPE_NOT_ALLOWED
  }

  private final Reason reason;

  EvidenceRefused(Reason reason, String field, String detail, String fieldMessage) {
    super(
        reason == Reason.TOO_LARGE ? Kind.FILE_TOO_LARGE : Kind.FILE_TYPE_REFUSED,
        reason == Reason.TOO_LARGE ? "evidence-too-large" : "evidence-type",
        detail,
        List.of(new FieldError(field, fieldMessage)));
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
