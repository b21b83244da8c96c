package vn.dienbien.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.ServiceDown;
import vn.dienbien.portal.api.SignInAgain;
import vn.dienbien.portal.security.Htmx;

/**
 * What a page does when a service call fails outside a panel: sign in again and come back; a
 * service down or refusing shows its own Vietnamese message, never a stack trace or English.
 */
@ControllerAdvice
class ErrorHandling {

  private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

  private final Apis apis;
  private final HttpSessionRequestCache cache = new HttpSessionRequestCache();

  ErrorHandling(Apis apis) {
    this.apis = apis;
  }

  @ExceptionHandler(SignInAgain.class)
  void signInAgain(SignInAgain e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    log.info("Sign-in needed again: {}", e.getMessage());
    apis.forgetToken(request, response);
    if (Htmx.isPartial(request)) {
      Htmx.reloadPage(response);
      return;
    }
    if ("GET".equals(request.getMethod())) {
      cache.saveRequest(request, response);
    }
    response.sendRedirect(request.getContextPath() + "/oauth2/authorization/portal");
  }

  @ExceptionHandler(ServiceDown.class)
  String serviceDown(ServiceDown e, Model model, HttpServletRequest request) {
    log.warn("{} down: {}", e.backend(), e.getCause() == null ? "5xx" : e.getCause().toString());
    return message(model, request, "Dịch vụ tạm ngừng", e.getMessage());
  }

  @ExceptionHandler(ApiRefusal.class)
  String refused(ApiRefusal e, Model model, HttpServletRequest request) {
    return message(model, request, e.title(), e.detail());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(Model model, HttpServletRequest request) {
    return message(
        model,
        request,
        "Tệp quá lớn",
        "Tổng dung lượng các tệp gửi lên vượt quá giới hạn cho phép. Vui lòng chọn tệp nhỏ hơn.");
  }

  private static String message(
      Model model, HttpServletRequest request, String title, String detail) {
    model.addAttribute("title", title);
    model.addAttribute("detail", detail);
    return Htmx.isPartial(request) ? "fragments :: alert" : "message";
  }
}
