package vn.dienbien.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import vn.dienbien.platform.web.Problems;

/**
 * Writes the problem+json bodies of requests refused before any controller runs (401, 403, 429), in
 * the same shape as ApiProblem: Vietnamese title/detail, stable code, nothing internal.
 */
final class SecurityProblems {

  private SecurityProblems() {}

  static void unauthenticated(HttpServletResponse response) throws IOException {
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "unauthenticated",
        "Chưa xác thực",
        "Cần đăng nhập: gửi mã truy cập hợp lệ trong header Authorization (Bearer)");
  }

  static void tokenExpired(HttpServletResponse response) throws IOException {
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "token-expired",
        "Phiên đăng nhập đã hết hạn",
        "Mã truy cập đã hết hạn; hãy đăng nhập lại để lấy mã mới");
  }

  static void tokenInvalid(HttpServletResponse response) throws IOException {
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "token-invalid",
        "Mã truy cập không hợp lệ",
        "Mã truy cập không hợp lệ: sai chữ ký, không do máy chủ xác thực của hệ thống cấp, không"
            + " dành cho hệ thống này (aud) hoặc thiếu thời hạn (exp); hãy đăng nhập lại");
  }

  static void rejected(HttpServletResponse response) throws IOException {
    write(
        response,
        HttpStatus.BAD_REQUEST,
        "rejected-request",
        "Yêu cầu không hợp lệ",
        "Đường dẫn không hợp lệ: không dùng //, ;, %2F, %5C, .. hay ký tự điều khiển trong"
            + " đường dẫn");
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
    Problems.write(response, Problems.of(status, code, title, detail, List.of()));
  }
}
