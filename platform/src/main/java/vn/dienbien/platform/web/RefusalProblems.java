package vn.dienbien.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dienbien.platform.refusal.Refusal;

/**
 * The one place a domain {@link Refusal} becomes HTTP, for every service: its kind picks the status
 * and title, its code, detail and fields are kept, so the body is the same problem+json an {@link
 * ApiProblem} gives. Ordered before {@link ProblemDetailsAdvice}, whose catch-all would answer 500,
 * and after any advice a service writes for a narrower exception: the first advice that can handle
 * an exception answers it, so that order must not depend on the order beans are registered in.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class RefusalProblems {

  @ExceptionHandler(Refusal.class)
  ResponseEntity<ProblemDetail> refused(Refusal refusal) {
    ApiProblem problem = problemOf(refusal);
    ProblemDetail body =
        Problems.of(
            problem.status(),
            problem.code(),
            problem.title(),
            problem.getMessage(),
            problem.errors());
    return ResponseEntity.status(body.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  /** The refusal as the platform's problem, for code that answers it itself. */
  public static ApiProblem problemOf(Refusal refusal) {
    return new ApiProblem(
        status(refusal.kind()),
        refusal.code(),
        title(refusal.kind()),
        refusal.getMessage(),
        refusal.errors().stream()
            .map(e -> new ApiProblem.FieldError(e.field(), e.message(), e.expected(), e.allowed()))
            .toList());
  }

  private static HttpStatus status(Refusal.Kind kind) {
    return switch (kind) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT, DUPLICATE -> HttpStatus.CONFLICT;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case FILE_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
      case FILE_TYPE_REFUSED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    };
  }

  private static String title(Refusal.Kind kind) {
    return switch (kind) {
      case INVALID -> "Dữ liệu không hợp lệ";
      case NOT_FOUND -> "Không tìm thấy";
      case CONFLICT -> "Xung đột trạng thái";
      case DUPLICATE -> "Dữ liệu đã tồn tại";
      case FORBIDDEN -> "Không có quyền";
      case FILE_TOO_LARGE -> "Tệp quá lớn";
      case FILE_TYPE_REFUSED -> "Loại tệp không được phép";
    };
  }
}
