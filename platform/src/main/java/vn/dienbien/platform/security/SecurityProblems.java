package vn.dienbien.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the problem+json bodies of requests refused before any controller runs (401, 403, 429), in
 * the same shape as ApiProblem: Vietnamese title/detail, stable code, nothing internal.
 */
final class SecurityProblems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SecurityProblems() {}

  static void unauthenticated(HttpServletResponse response) throws IOException {
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "unauthenticated",
        "Chưa xác thực",
        "Cần đăng nhập: gửi mã truy cập hợp lệ trong header Authorization (Bearer)");
  }

  static void forbidden(HttpServletResponse response) throws IOException {
    write(
        response,
        HttpStatus.FORBIDDEN,
        "forbidden",
        "Không có quyền",
        "Tài khoản của bạn không được phép thực hiện thao tác này");
  }

  static void otherUnit(HttpServletResponse response) throws IOException {
    write(
        response,
        HttpStatus.FORBIDDEN,
        "forbidden-unit",
        "Không có quyền",
        "Bạn chỉ được thao tác cho đơn vị của mình");
  }

  static void tooManyRequests(HttpServletResponse response, long retryAfterSeconds)
      throws IOException {
    response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    write(
        response,
        HttpStatus.TOO_MANY_REQUESTS,
        "rate-limited",
        "Quá nhiều yêu cầu",
        "Bạn gửi quá nhiều yêu cầu ghi dữ liệu; vui lòng thử lại sau "
            + retryAfterSeconds
            + " giây");
  }

  static void write(
      HttpServletResponse response, HttpStatus status, String code, String title, String detail)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:vn:dienbien:problem:" + code);
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    body.put("code", code);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
