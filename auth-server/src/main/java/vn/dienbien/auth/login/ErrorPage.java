package vn.dienbien.auth.login;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors in Vietnamese: a page for browsers, problem+json for programs. Replaces Spring Boot's
 * English error page and JSON.
 */
@Controller
class ErrorPage implements ErrorController {

  private static final Map<Integer, String> TITLES =
      Map.of(
          400, "Yêu cầu không hợp lệ",
          401, "Chưa xác thực",
          403, "Không có quyền",
          404, "Không tìm thấy trang",
          405, "Phương thức không được hỗ trợ");

  @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(HttpServletRequest request) {
    int status = status(request);
    String body =
        status == 404
            ? "<p>Địa chỉ bạn mở không có trên máy chủ đăng nhập.</p>"
            : "<p>Yêu cầu chưa thực hiện được. Hãy quay lại ứng dụng và thử lại.</p>";
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(Html.page(title(status), body + "<p><a href=\"/\">Về trang chính</a></p>"));
  }

  @RequestMapping(path = "/error")
  ResponseEntity<Map<String, Object>> problem(HttpServletRequest request) {
    int status = status(request);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Map.of("status", status, "title", title(status), "detail", title(status)));
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer i ? i : HttpStatus.INTERNAL_SERVER_ERROR.value();
  }

  private static String title(int status) {
    return TITLES.getOrDefault(status, "Có lỗi xảy ra");
  }
}
