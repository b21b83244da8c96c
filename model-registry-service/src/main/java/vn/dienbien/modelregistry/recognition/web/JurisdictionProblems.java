package vn.dienbien.modelregistry.recognition.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dienbien.modelregistry.recognition.OutsideJurisdiction;
import vn.dienbien.platform.web.Problems;

/**
 * A decision outside the caller's level is 403, like the platform's other refusals; ordered before
 * the platform's advice, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class JurisdictionProblems {

  @ExceptionHandler(OutsideJurisdiction.class)
  ResponseEntity<ProblemDetail> outside(OutsideJurisdiction e) {
    ProblemDetail body =
        Problems.of(
            HttpStatus.FORBIDDEN,
            "outside-jurisdiction",
            "Không có quyền",
            e.getMessage(),
            List.of());
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
