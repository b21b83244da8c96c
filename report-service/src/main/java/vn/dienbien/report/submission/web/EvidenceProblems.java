package vn.dienbien.report.submission.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.Problems;
import vn.dienbien.report.submission.EvidenceRefused;

/**
 * Refused evidence as problem details: 413 for a file too large, 415 for a type not allowed, 400
 * otherwise, each naming the file's field. Ordered before the platform's catch-all.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

  @ExceptionHandler(EvidenceRefused.class)
  ResponseEntity<ProblemDetail> refused(EvidenceRefused e) {
    List<ApiProblem.FieldError> errors =
        List.of(new ApiProblem.FieldError(e.field(), e.fieldMessage()));
    ProblemDetail body =
        switch (e.reason()) {
          case TOO_LARGE ->
              Problems.of(
                  HttpStatus.PAYLOAD_TOO_LARGE,
                  "evidence-too-large",
                  "Tệp quá lớn",
                  e.getMessage(),
                  errors);
          case TYPE_NOT_ALLOWED ->
              Problems.of(
                  HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                  "evidence-type",
                  "Loại tệp không được phép",
                  e.getMessage(),
                  errors);
          case INVALID -> Problems.invalid(errors);
        };
    return ResponseEntity.status(body.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
