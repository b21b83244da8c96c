package vn.dienbien.platform.web;

import java.util.List;
import java.util.Optional;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns what Jackson could not read into one field error: the JSON path of the field, a Vietnamese
 * message, the expected format and the allowed values (contract C2). Empty when the body is not
 * JSON at all (no field to name).
 */
final class JsonErrors {

  static final String BODY_EXPECTED = "một đối tượng JSON hợp lệ (UTF-8)";

  private JsonErrors() {}

  static Optional<ApiProblem.FieldError> fieldError(HttpMessageNotReadableException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException jackson) {
        String path = path(jackson);
        return path == null ? Optional.empty() : Optional.of(describe(jackson, path));
      }
    }
    return Optional.empty();
  }

  private static ApiProblem.FieldError describe(JacksonException e, String path) {
    if (e instanceof StrictJson.TextRejectedException text) {
      return new ApiProblem.FieldError(
          path,
          text.getOriginalMessage(),
          vn.dienbien.platform.validation.TextRules.EXPECTED,
          null);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known =
          unknown.getKnownPropertyIds() == null
              ? null
              : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      return new ApiProblem.FieldError(
          path, "trường không có trong mẫu dữ liệu", "chỉ các trường được liệt kê", known);
    }
    if (e instanceof InvalidNullException) {
      return new ApiProblem.FieldError(path, "không được để trống", null, null);
    }
    return describeValue(e, path);
  }

  /** A value of the wrong type, format or range, or one its type refused. */
  private static ApiProblem.FieldError describeValue(JacksonException e, String path) {
    if (e instanceof ValueInstantiationException) {
      return new ApiProblem.FieldError(path, "giá trị không hợp lệ", null, null);
    }
    if (e instanceof MismatchedInputException mismatch) {
      InputFormats.Format format = InputFormats.of(mismatch.getTargetType());
      String message =
          format.allowed() != null
              ? "giá trị không nằm trong danh sách cho phép"
              : e instanceof InvalidFormatException
                  ? "giá trị không đúng định dạng"
                  : "sai kiểu dữ liệu";
      return new ApiProblem.FieldError(path, message, format.expected(), format.allowed());
    }
    if (e instanceof InputCoercionException coercion) {
      return new ApiProblem.FieldError(
          path,
          "số nằm ngoài phạm vi cho phép",
          InputFormats.of(coercion.getTargetType()).expected(),
          null);
    }
    return new ApiProblem.FieldError(path, "nội dung JSON không hợp lệ", BODY_EXPECTED, null);
  }

  /** The dotted path (with [i] for array items), or null when Jackson knows none. */
  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    if (path.isEmpty() && e instanceof UnrecognizedPropertyException unknown) {
      return unknown.getPropertyName();
    }
    return path.isEmpty() ? null : path.toString();
  }
}
