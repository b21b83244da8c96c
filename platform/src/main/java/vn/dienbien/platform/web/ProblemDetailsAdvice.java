package vn.dienbien.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as {@code application/problem+json} with a Vietnamese title and detail, a
 * stable {@code code}, and for client mistakes an {@code errors} list naming each field or
 * parameter with the expected format and allowed values (contract C2). Unexpected failures are 500
 * with no internals in the body.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
    return respond(Problems.of(e.status(), e.code(), e.title(), e.getMessage(), e.errors()));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
    List<ApiProblem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v ->
                new ApiProblem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
            .sorted(Comparator.comparing(ApiProblem.FieldError::field))
            .toList();
    return respond(Problems.invalid(errors));
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
    return respond(
        Problems.of(
            HttpStatus.CONFLICT,
            "duplicate",
            "Dữ liệu đã tồn tại",
            "Bản ghi đã tồn tại",
            List.of()));
  }

  /** A multipart request Tomcat could not parse (no boundary, truncated, not multipart at all). */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e) {
    return respond(
        Problems.invalid(
            List.of(
                new ApiProblem.FieldError(
                    "body",
                    "không đọc được nội dung multipart",
                    "multipart/form-data có boundary, các phần đúng tên và đủ nội dung",
                    null))));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected error", e);
    return respond(Problems.internal());
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Dữ liệu quá lớn",
                "Tệp hoặc nội dung gửi lên vượt quá giới hạn cho phép",
                List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ApiProblem.FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new ApiProblem.FieldError(f.getField(), f.getDefaultMessage()))
            .sorted(Comparator.comparing(ApiProblem.FieldError::field))
            .toList();
    return badRequest(Problems.invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ApiProblem.FieldError> errors =
        e.getParameterValidationResults().stream()
            .flatMap(r ->
                r.getResolvableErrors().stream()
                    .map(err ->
                        new ApiProblem.FieldError(
                            r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
            .toList();
    return badRequest(Problems.invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
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
    return badRequest(
        Problems.invalid(
            List.of(
                new ApiProblem.FieldError(name, message, format.expected(), format.allowed()))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    MethodParameter parameter = e.getMethodParameter();
    InputFormats.Format format =
        InputFormats.of(
            parameter == null ? null : parameter.nestedIfOptional().getNestedParameterType());
    return badRequest(
        Problems.invalid(
            List.of(
                new ApiProblem.FieldError(
                    e.getParameterName(),
                    "thiếu tham số bắt buộc",
                    format.expected(),
                    format.allowed()))));
  }

  @Override
  protected ResponseEntity<Object> handleServletRequestBindingException(
      ServletRequestBindingException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ApiProblem.FieldError error =
        e instanceof MissingRequestHeaderException header
            ? new ApiProblem.FieldError(
                header.getHeaderName(), "thiếu header bắt buộc", "chuỗi ký tự", null)
            : new ApiProblem.FieldError("request", "yêu cầu thiếu thông tin bắt buộc");
    return badRequest(Problems.invalid(List.of(error)));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      MissingServletRequestPartException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return badRequest(
        Problems.invalid(
            List.of(
                new ApiProblem.FieldError(
                    e.getRequestPartName(),
                    "thiếu phần bắt buộc của nội dung multipart",
                    "một phần multipart/form-data tên " + e.getRequestPartName(),
                    null))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (causedByOversizedBody(e)) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(
              Problems.of(
                  HttpStatus.CONTENT_TOO_LARGE,
                  "payload-too-large",
                  "Dữ liệu quá lớn",
                  "Nội dung gửi lên vượt quá giới hạn cho phép",
                  List.of()));
    }
    ApiProblem.FieldError error =
        JsonErrors.fieldError(e)
            .orElseGet(() ->
                new ApiProblem.FieldError(
                    "body",
                    "không đọc được nội dung yêu cầu (thiếu, không phải JSON hoặc sai cú pháp)",
                    JsonErrors.BODY_EXPECTED,
                    null));
    return badRequest(Problems.invalid(List.of(error)));
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String allowed =
        e.getSupportedHttpMethods() == null
            ? ""
            : e.getSupportedHttpMethods().stream()
                .map(Object::toString)
                .sorted()
                .collect(Collectors.joining(", "));
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
        .headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            Problems.of(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed",
                StandardTitles.of(HttpStatus.METHOD_NOT_ALLOWED),
                "Đường dẫn này chỉ hỗ trợ phương thức: " + allowed,
                List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<String> supported =
        e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct().toList();
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            Problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                StandardTitles.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
                "Kiểu nội dung (Content-Type) không được hỗ trợ; hãy gửi: "
                    + String.join(", ", supported),
                List.of(
                    new ApiProblem.FieldError(
                        "Content-Type",
                        "kiểu nội dung không được hỗ trợ",
                        "một trong các kiểu cho phép",
                        supported))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
      HttpMediaTypeNotAcceptableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<String> supported =
        e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct().toList();
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            Problems.of(
                HttpStatus.NOT_ACCEPTABLE,
                "not-acceptable",
                StandardTitles.of(HttpStatus.NOT_ACCEPTABLE),
                "Không trả về được định dạng yêu cầu trong header Accept",
                List.of(
                    new ApiProblem.FieldError(
                        "Accept",
                        "định dạng phản hồi không được hỗ trợ",
                        "một trong các kiểu cho phép",
                        supported))));
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail detail
        && (detail.getProperties() == null || !detail.getProperties().containsKey("code"))) {
      detail.setProperty("code", "http-" + statusCode.value());
      detail.setTitle(StandardTitles.of(statusCode));
      detail.setDetail(StandardTitles.detailOf(statusCode));
    }
    HttpHeaders withType = new HttpHeaders();
    withType.putAll(headers);
    if (body instanceof ProblemDetail) {
      withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
    return super.createResponseEntity(body, withType, statusCode, request);
  }

  private static boolean causedByOversizedBody(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LimitedBodyRequest.BodyTooLargeException) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<Object> badRequest(ProblemDetail body) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
    return ResponseEntity.status(body.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  private static String leaf(String path) {
    int dot = path.indexOf('.');
    return dot >= 0 ? path.substring(dot + 1) : path;
  }
}
