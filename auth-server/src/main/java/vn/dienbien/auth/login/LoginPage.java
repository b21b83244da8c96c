package vn.dienbien.auth.login;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The login form in Vietnamese: officials see it when the portal or Swagger UI signs them in. */
@Controller
class LoginPage {

  @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  String login(
      CsrfToken csrf,
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout) {
    String message =
        error != null
            ? "<p class=\"loi\" role=\"alert\">Tên đăng nhập hoặc mật khẩu không đúng.</p>"
            : logout != null ? "<p role=\"status\">Bạn đã đăng xuất.</p>" : "";
    return Html.page(
        "Đăng nhập",
        """
        %s<form method="post" action="/login">
        <label for="username">Tên đăng nhập</label><input id="username" name="username" autocomplete="username" required autofocus>
        <label for="password">Mật khẩu</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <input type="hidden" name="%s" value="%s">
        <button type="submit">Đăng nhập</button></form>
        """
            .formatted(
                message, Html.escape(csrf.getParameterName()), Html.escape(csrf.getToken())));
  }
}
