package vn.dienbien.modelregistry.violation.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dienbien.modelregistry.violation.Violation;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.Problems;

/**
 * Answers a broken rule as the platform answers its own problems: 400 "Dữ liệu không hợp lệ" with
 * the fields, 404 "Không tìm thấy", 409 "Xung đột trạng thái" with the rule's code; ordered before
 * the platform's advice, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ViolationProblems {

  @ExceptionHandler(Violation.class)
  ResponseEntity<ProblemDetail> violation(Violation e) {
    HttpStatus status =
        switch (e.kind()) {
          case INVALID -> HttpStatus.BAD_REQUEST;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
        };
    String title =
        switch (e.kind()) {
          case INVALID -> "Dữ liệu không hợp lệ";
          case NOT_FOUND -> "Không tìm thấy";
          case CONFLICT -> "Xung đột trạng thái";
        };
    ProblemDetail body =
        Problems.of(
            status,
            e.code(),
            title,
            e.getMessage(),
            e.fields().stream()
                .map(f -> new ApiProblem.FieldError(f.field(), f.message()))
                .toList());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
