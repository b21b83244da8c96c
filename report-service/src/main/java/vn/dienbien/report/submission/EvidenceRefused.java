package vn.dienbien.report.submission;

import java.util.List;
import vn.dienbien.platform.refusal.Refusal;

/**
 * An evidence file refused before anything is stored because it is too large or of a type not
 * allowed, naming the field and the rule in Vietnamese: a {@link Refusal} of kind INVALID whose
 * {@link Reason} the web layer answers with a status of its own (413, 415). Other invalid evidence
 * (an empty file) is a plain {@link Refusal#invalidField}.
 */
public class EvidenceRefused extends Refusal {

  /** Why the evidence is refused. */
  public enum Reason {
    TOO_LARGE,
    TYPE_NOT_ALLOWED
  }

  private final Reason reason;

  EvidenceRefused(Reason reason, String field, String detail, String fieldMessage) {
    super(Kind.INVALID, "validation", detail, List.of(new FieldError(field, fieldMessage)));
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
