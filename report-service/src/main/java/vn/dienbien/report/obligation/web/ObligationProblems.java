package vn.dienbien.report.obligation.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.Problems;
import vn.dienbien.report.obligation.InvalidExtension;
import vn.dienbien.report.obligation.InvalidReport;
import vn.dienbien.report.obligation.InvalidReview;
import vn.dienbien.report.obligation.ObligationConflict;
import vn.dienbien.report.obligation.ObligationForbidden;
import vn.dienbien.report.obligation.ObligationNotFound;

/**
 * The obligation's refusals as problem details, like the platform's own: a conflict is 409 with its
 * code, a self-contradicting report 400 naming the field, the rule and the allowed values. Ordered
 * before the platform's advice, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ObligationProblems {

  @ExceptionHandler(ObligationConflict.class)
  ResponseEntity<ProblemDetail> conflict(ObligationConflict e) {
    ApiProblem problem = ApiProblem.conflict(e.code(), e.getMessage());
    return respond(
        Problems.of(
            problem.status(), problem.code(), problem.title(), problem.getMessage(), List.of()));
  }

  @ExceptionHandler(InvalidReport.class)
  ResponseEntity<ProblemDetail> invalid(InvalidReport e) {
    return respond(
        Problems.invalid(
            List.of(
                new ApiProblem.FieldError(e.field(), e.getMessage(), e.expected(), e.allowed()))));
  }

  @ExceptionHandler(InvalidExtension.class)
  ResponseEntity<ProblemDetail> invalid(InvalidExtension e) {
    return respond(Problems.invalid(List.of(new ApiProblem.FieldError(e.field(), e.getMessage()))));
  }

  @ExceptionHandler(InvalidReview.class)
  ResponseEntity<ProblemDetail> invalid(InvalidReview e) {
    return respond(problem(ApiProblem.invalidField(e.field(), e.getMessage())));
  }

  @ExceptionHandler(ObligationForbidden.class)
  ResponseEntity<ProblemDetail> forbidden(ObligationForbidden e) {
    ApiProblem problem = ApiProblem.forbidden(e.getMessage());
    return respond(
        Problems.of(problem.status(), e.code(), problem.title(), e.getMessage(), List.of()));
  }

  @ExceptionHandler(ObligationNotFound.class)
  ResponseEntity<ProblemDetail> notFound(ObligationNotFound e) {
    return respond(problem(ApiProblem.notFound(e.what(), e.id())));
  }

  private static ProblemDetail problem(ApiProblem problem) {
    return Problems.of(
        problem.status(), problem.code(), problem.title(), problem.getMessage(), problem.errors());
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
    return ResponseEntity.status(body.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
