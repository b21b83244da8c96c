package vn.dienbien.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A client mistake or a rule the request breaks, answered as RFC 9457 problem+json. Titles and
 * details are Vietnamese because officials read them; {@code code} is a stable English key for
 * programs.
 */
public class ApiProblem extends RuntimeException {

  /**
   * One offending field or parameter (contract C2): its JSON path or parameter name, a Vietnamese
   * message, and where it helps the expected format (e.g. "ngày dạng yyyy-MM-dd") and the allowed
   * values. Absent parts are left out of the JSON.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldError(String field, String message, String expected, List<String> allowed) {

    public FieldError(String field, String message) {
      this(field, message, null, null);
    }

    public FieldError {
      allowed = allowed == null ? null : List.copyOf(allowed);
    }
  }

  private final HttpStatus status;
  private final String code;
  private final String title;
  private final List<FieldError> errors;

  public ApiProblem(
      HttpStatus status, String code, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.code = code;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public static ApiProblem notFound(String what, Object id) {
    return new ApiProblem(
        HttpStatus.NOT_FOUND,
        "not-found",
        "Không tìm thấy",
        "Không tìm thấy " + what + " " + id,
        List.of());
  }

  /** A state or lifecycle conflict (409): the request is valid but not now, or not twice. */
  public static ApiProblem conflict(String code, String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, code, "Xung đột trạng thái", detail, List.of());
  }

  /** One invalid field (400). */
  public static ApiProblem invalidField(String field, String message) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "validation",
        "Dữ liệu không hợp lệ",
        "Trường " + field + ": " + message,
        List.of(new FieldError(field, message)));
  }

  /** One invalid field or parameter (400), naming the expected format and the allowed values. */
  public static ApiProblem invalidField(
      String field, String message, String expected, List<String> allowed) {
    return invalidFields(List.of(new FieldError(field, message, expected, allowed)));
  }

  /** Several invalid fields (400), e.g. rows of an import. */
  public static ApiProblem invalidFields(List<FieldError> errors) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "validation",
        "Dữ liệu không hợp lệ",
        errors.size() == 1
            ? "Trường " + errors.get(0).field() + ": " + errors.get(0).message()
            : "Có " + errors.size() + " trường không hợp lệ",
        errors);
  }

  /** The caller may not do this (403). */
  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền", detail, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
