package vn.dienbien.auth.login;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The login form in Vietnamese: officials see it when Swagger UI sends them to log in. */
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
            ? "<p class=\"loi\">Tên đăng nhập hoặc mật khẩu không đúng.</p>"
            : logout != null ? "<p>Bạn đã đăng xuất.</p>" : "";
    return """
    <!DOCTYPE html>
    <html lang="vi"><head><meta charset="UTF-8"><title>Đăng nhập — Theo dõi thực hiện chỉ thị</title>
    <style>body{font-family:sans-serif;max-width:22rem;margin:4rem auto}label,input,button{display:block;width:100%%;margin:.4rem 0}
    input{padding:.4rem}button{padding:.5rem;background:#b71c1c;color:#fff;border:0}.loi{color:#b71c1c}</style></head>
    <body><h1>Đăng nhập</h1><p>Hệ thống theo dõi thực hiện chỉ thị — Tỉnh ủy Điện Biên</p>%s
    <form method="post" action="/login">
    <label for="username">Tên đăng nhập</label><input id="username" name="username" autocomplete="username" required autofocus>
    <label for="password">Mật khẩu</label><input id="password" name="password" type="password" autocomplete="current-password" required>
    <input type="hidden" name="%s" value="%s">
    <button type="submit">Đăng nhập</button></form></body></html>
    """
        .formatted(
            message,
            HtmlUtils.htmlEscape(csrf.getParameterName()),
            HtmlUtils.htmlEscape(csrf.getToken()));
  }
}
