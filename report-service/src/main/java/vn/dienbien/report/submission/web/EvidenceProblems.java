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
import vn.dienbien.platform.web.RefusalProblems;
import vn.dienbien.report.submission.EvidenceRefused;

/**
 * Evidence too large (413) or of a type not allowed (415), statuses the platform's {@link
 * RefusalProblems} has no kind for; each names the file's field. Ordered before that advice, which
 * would otherwise answer this refusal as a plain 400.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

  @ExceptionHandler(EvidenceRefused.class)
  ResponseEntity<ProblemDetail> refused(EvidenceRefused e) {
    List<ApiProblem.FieldError> errors = RefusalProblems.problemOf(e).errors();
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
        };
    return ResponseEntity.status(body.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
