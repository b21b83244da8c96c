package vn.dienbien.modelregistry.commendation.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dienbien.modelregistry.commendation.InvalidCommendation;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.Problems;

/** A self-contradicting commendation is a 400 naming the field, like any invalid input. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommendationProblems {

  @ExceptionHandler(InvalidCommendation.class)
  ResponseEntity<ProblemDetail> invalid(InvalidCommendation e) {
    ProblemDetail body =
        Problems.invalid(List.of(new ApiProblem.FieldError(e.field(), e.getMessage())));
    return ResponseEntity.status(body.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
