package vn.dienbien.platform.refusal;

import java.util.List;

/**
 * A request a service's rules refuse: a bad field, something unknown, a state conflict, a duplicate
 * or a caller who may not. Domain code throws it in its own terms, so nothing below a service's
 * {@code web} package knows about HTTP; the platform's web layer ({@code RefusalProblems}) maps its
 * {@link Kind} to a status and a title. Details are Vietnamese because officials read them; the
 * {@code code} is a stable English word clients may branch on.
 */
public class Refusal extends RuntimeException {

  /** What kind of refusal, which the web layer maps to a status and a title. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    CONFLICT,
    DUPLICATE,
    FORBIDDEN,
    /** An uploaded file over the size allowed (413). */
    FILE_TOO_LARGE,
    /** An uploaded file of a type not allowed (415). */
    FILE_TYPE_REFUSED
  }

  /**
   * One offending field: its JSON path or parameter name, a Vietnamese message, and where it helps
   * the expected format and the allowed values (absent parts are {@code null}).
   */
  public record FieldError(String field, String message, String expected, List<String> allowed) {

    public FieldError(String field, String message) {
      this(field, message, null, null);
    }

    public FieldError {
      allowed = allowed == null ? null : List.copyOf(allowed);
    }
  }

  private final Kind kind;
  private final String code;
  private final List<FieldError> errors;

  public Refusal(Kind kind, String code, String detail, List<FieldError> errors) {
    super(detail);
    this.kind = kind;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  /** No {@code what} with this id. */
  public static Refusal notFound(String what, Object id) {
    return new Refusal(Kind.NOT_FOUND, "not-found", "Không tìm thấy " + what + " " + id, List.of());
  }

  /** The request is valid but not now, or not twice. */
  public static Refusal conflict(String code, String detail) {
    return new Refusal(Kind.CONFLICT, code, detail, List.of());
  }

  /** A state conflict naming the field whose value forbids it. */
  public static Refusal conflict(String code, String detail, String field, String message) {
    return conflicts(code, detail, List.of(new FieldError(field, message)));
  }

  /** A conflict found on several items at once (e.g. the lines of a bulk decision). */
  public static Refusal conflicts(String code, String detail, List<FieldError> errors) {
    return new Refusal(Kind.CONFLICT, code, detail, errors);
  }

  /** Something with this key exists already. */
  public static Refusal duplicate(String code, String detail, String field, String message) {
    return new Refusal(Kind.DUPLICATE, code, detail, List.of(new FieldError(field, message)));
  }

  /** One invalid field. */
  public static Refusal invalidField(String field, String message) {
    return invalidFields(List.of(new FieldError(field, message)));
  }

  /** Several invalid fields, reported together so the form is fixed in one pass. */
  public static Refusal invalidFields(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? "Trường " + errors.get(0).field() + ": " + errors.get(0).message()
            : "Có " + errors.size() + " trường không hợp lệ";
    return new Refusal(Kind.INVALID, "validation", detail, errors);
  }

  /** The caller may not do this. */
  public static Refusal forbidden(String detail) {
    return new Refusal(Kind.FORBIDDEN, "forbidden", detail, List.of());
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
