package vn.dienbien.modelregistry.violation;

import java.util.List;

/**
 * A rule the request breaks: input that is invalid (naming each field at fault), something that
 * does not exist, or a state conflict with a stable English {@code code}. The detail is Vietnamese
 * because officials read it; how it is answered over HTTP is the web layer's business.
 */
public class Violation extends RuntimeException {

  /** What kind of rule was broken. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    CONFLICT
  }

  /** One offending field or parameter: its JSON path or parameter name and a Vietnamese message. */
  public record Field(String field, String message) {}

  private final Kind kind;
  private final String code;
  private final List<Field> fields;

  protected Violation(Kind kind, String code, String detail, List<Field> fields) {
    super(detail);
    this.kind = kind;
    this.code = code;
    this.fields = List.copyOf(fields);
  }

  /** A state or lifecycle conflict: the request is valid but not now, or not twice. */
  public static Violation conflict(String code, String detail) {
    return new Violation(Kind.CONFLICT, code, detail, List.of());
  }

  /** A conflict found on several items at once (e.g. the lines of a bulk decision). */
  public static Violation conflicts(String code, String detail, List<Field> fields) {
    return new Violation(Kind.CONFLICT, code, detail, fields);
  }

  /** One invalid field. */
  public static Violation invalid(String field, String message) {
    return invalid(List.of(new Field(field, message)));
  }

  /** Several invalid fields, reported together so the form is fixed in one pass. */
  public static Violation invalid(List<Field> fields) {
    String detail =
        fields.size() == 1
            ? "Trường " + fields.get(0).field() + ": " + fields.get(0).message()
            : "Có " + fields.size() + " trường không hợp lệ";
    return new Violation(Kind.INVALID, "validation", detail, fields);
  }

  /** No {@code what} with this id. */
  public static Violation notFound(String what, Object id) {
    return new Violation(
        Kind.NOT_FOUND, "not-found", "Không tìm thấy " + what + " " + id, List.of());
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public List<Field> fields() {
    return fields;
  }
}
