package vn.dienbien.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as {@code application/problem+json} with a Vietnamese title and detail, a
 * stable {@code code}, and for validation errors an {@code errors} list naming each field.
 * Unexpected failures are 500 with no internals in the body.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
    return respond(problem(e.status(), e.code(), e.title(), e.getMessage(), e.errors()));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
    List<ApiProblem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v ->
                new ApiProblem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
            .sorted(Comparator.comparing(ApiProblem.FieldError::field))
            .toList();
    return respond(invalid(errors));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return respond(
        invalid(List.of(new ApiProblem.FieldError(e.getName(), "giá trị không đúng định dạng"))));
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
    return respond(
        problem(
            HttpStatus.CONFLICT,
            "duplicate",
            "Dữ liệu đã tồn tại",
            "Bản ghi đã tồn tại",
            List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(
            problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Dữ liệu quá lớn",
                "Tệp hoặc nội dung gửi lên vượt quá giới hạn cho phép",
                List.of()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected error", e);
    return respond(
        problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal",
            "Lỗi hệ thống",
            "Đã có lỗi ngoài dự kiến; vui lòng thử lại hoặc liên hệ quản trị hệ thống",
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
    return ResponseEntity.badRequest().body(invalid(errors));
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
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (causedByOversizedBody(e)) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .body(
              problem(
                  HttpStatus.CONTENT_TOO_LARGE,
                  "payload-too-large",
                  "Dữ liệu quá lớn",
                  "Nội dung gửi lên vượt quá giới hạn cho phép",
                  List.of()));
    }
    String field = JsonErrors.fieldOf(e);
    String message = "nội dung JSON không hợp lệ hoặc sai kiểu dữ liệu";
    ProblemDetail body =
        field == null
            ? problem(
                HttpStatus.BAD_REQUEST,
                "unreadable",
                "Dữ liệu không hợp lệ",
                "Không đọc được nội dung yêu cầu: " + message,
                List.of())
            : invalid(List.of(new ApiProblem.FieldError(field, message)));
    return ResponseEntity.badRequest().body(body);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail detail
        && (detail.getProperties() == null || !detail.getProperties().containsKey("code"))) {
      detail.setProperty("code", "http-" + statusCode.value());
      detail.setTitle(StandardTitles.of(statusCode));
      detail.setDetail(StandardTitles.detailOf(statusCode, detail.getDetail()));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static boolean causedByOversizedBody(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LimitedBodyRequest.BodyTooLargeException) {
        return true;
      }
    }
    return false;
  }

  private static ProblemDetail invalid(List<ApiProblem.FieldError> errors) {
    String detail =
        errors.size() == 1
            ? "Trường " + errors.get(0).field() + ": " + errors.get(0).message()
            : "Có " + errors.size() + " trường không hợp lệ";
    return problem(HttpStatus.BAD_REQUEST, "validation", "Dữ liệu không hợp lệ", detail, errors);
  }

  static ProblemDetail problem(
      HttpStatus status,
      String code,
      String title,
      String detail,
      List<ApiProblem.FieldError> errors) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setTitle(title);
    body.setType(URI.create("urn:vn:dienbien:problem:" + code));
    body.setProperty("code", code);
    if (!errors.isEmpty()) {
      body.setProperty("errors", errors);
    }
    return body;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
    return ResponseEntity.status(body.getStatus()).body(body);
  }

  private static String leaf(String path) {
    int dot = path.indexOf('.');
    return dot >= 0 ? path.substring(dot + 1) : path;
  }
}
