package vn.dienbien.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet error page ({@code /error}): whatever reached it — a {@code sendError} from a filter,
 * an exception no handler caught — leaves as Vietnamese problem+json, never Spring's default
 * English JSON or a stack trace. Replaces Boot's BasicErrorController.
 */
@RestController
class ProblemErrorController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<String> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatusCode status =
        HttpStatusCode.valueOf(code instanceof Integer value && value >= 400 ? value : 404);
    if (status.is5xxServerError()) {
      Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      log.error(
          "Request {} failed outside any handler",
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          error instanceof Throwable t ? t : null);
    }
    var problem = status.is5xxServerError() ? Problems.internal() : Problems.standard(status);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.json(problem));
  }
}
