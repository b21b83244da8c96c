package vn.dienbien.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The field errors of a bad request, in Vietnamese: which field, parameter, header or part, what is
 * wrong with it and, where known, the expected format and allowed values. {@link
 * ProblemDetailsAdvice} turns them into problem details.
 */
final class RequestErrors {

  private RequestErrors() {}

  static List<ApiProblem.FieldError> of(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(v -> new ApiProblem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
        .sorted(Comparator.comparing(ApiProblem.FieldError::field))
        .toList();
  }

  static List<ApiProblem.FieldError> of(MethodArgumentNotValidException e) {
    return e.getBindingResult().getFieldErrors().stream()
        .map(f -> new ApiProblem.FieldError(f.getField(), f.getDefaultMessage()))
        .sorted(Comparator.comparing(ApiProblem.FieldError::field))
        .toList();
  }

  static List<ApiProblem.FieldError> of(HandlerMethodValidationException e) {
    return e.getParameterValidationResults().stream()
        .flatMap(r ->
            r.getResolvableErrors().stream()
                .map(err ->
                    new ApiProblem.FieldError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
        .toList();
  }

  static ApiProblem.FieldError of(TypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String name = e.getPropertyName();
    if (e instanceof MethodArgumentTypeMismatchException argument) {
      MethodParameter parameter = argument.getParameter().nestedIfOptional();
      type = parameter.getNestedParameterType();
      name = argument.getName();
    }
    InputFormats.Format format = InputFormats.of(type);
    String message =
        format.allowed() != null
            ? "giá trị không nằm trong danh sách cho phép"
            : "giá trị không đúng định dạng";
    return new ApiProblem.FieldError(name, message, format.expected(), format.allowed());
  }

  static ApiProblem.FieldError of(MissingServletRequestParameterException e) {
    MethodParameter parameter = e.getMethodParameter();
    InputFormats.Format format =
        InputFormats.of(
            parameter == null ? null : parameter.nestedIfOptional().getNestedParameterType());
    return new ApiProblem.FieldError(
        e.getParameterName(), "thiếu tham số bắt buộc", format.expected(), format.allowed());
  }

  static ApiProblem.FieldError of(ServletRequestBindingException e) {
    return e instanceof MissingRequestHeaderException header
        ? new ApiProblem.FieldError(
            header.getHeaderName(), "thiếu header bắt buộc", "chuỗi ký tự", null)
        : new ApiProblem.FieldError("request", "yêu cầu thiếu thông tin bắt buộc");
  }

  static ApiProblem.FieldError of(MissingServletRequestPartException e) {
    return new ApiProblem.FieldError(
        e.getRequestPartName(),
        "thiếu phần bắt buộc của nội dung multipart",
        "một phần multipart/form-data tên " + e.getRequestPartName(),
        null);
  }

  static ApiProblem.FieldError of(HttpMessageNotReadableException e) {
    return JsonErrors.fieldError(e)
        .orElseGet(() ->
            new ApiProblem.FieldError(
                "body",
                "không đọc được nội dung yêu cầu (thiếu, không phải JSON hoặc sai cú pháp)",
                JsonErrors.BODY_EXPECTED,
                null));
  }

  private static String leaf(String path) {
    int dot = path.indexOf('.');
    return dot >= 0 ? path.substring(dot + 1) : path;
  }
}
