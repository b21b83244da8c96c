package vn.dienbien.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the platform's problem bodies (RFC 9457, contract C2) and writes them where no Spring MVC
 * converter runs: servlet filters, the security chain, the error page and Tomcat's error report.
 */
public final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  public static ProblemDetail of(
      HttpStatusCode status,
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

  /** 400 naming every invalid field or parameter. */
  public static ProblemDetail invalid(List<ApiProblem.FieldError> errors) {
    String detail =
        errors.size() == 1
            ? "Trường " + errors.get(0).field() + ": " + errors.get(0).message()
            : "Có " + errors.size() + " trường không hợp lệ";
    return of(HttpStatus.BAD_REQUEST, "validation", "Dữ liệu không hợp lệ", detail, errors);
  }

  /** 500 without internals. */
  public static ProblemDetail internal() {
    return of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "Lỗi hệ thống",
        "Đã có lỗi ngoài dự kiến; vui lòng thử lại hoặc liên hệ quản trị hệ thống",
        List.of());
  }

  /** The standard problem of a status the platform raised itself (unknown path, wrong method…). */
  public static ProblemDetail standard(HttpStatusCode status) {
    return of(
        status,
        "http-" + status.value(),
        StandardTitles.of(status),
        StandardTitles.detailOf(status),
        List.of());
  }

  /** The JSON text of a problem, in the order people read it. */
  public static String json(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return JSON.writeValueAsString(body);
  }

  /** Writes the problem unless the response is already committed. */
  public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json(problem));
  }
}
