package vn.dienbien.auth.login;

import java.security.Principal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Where the server lands a person who signed in without coming from an application (or after
 * signing out): a way on to the portal instead of an empty page.
 */
@Controller
class HomePage {

  private final String portal;

  HomePage(@Value("${auth.portal.origins}") List<String> portalOrigins) {
    this.portal = portalOrigins.isEmpty() ? "/" : portalOrigins.getFirst() + "/";
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  String home(Principal person) {
    String who =
        person == null
            ? "<p>Bạn chưa đăng nhập.</p>"
            : "<p>Bạn đang đăng nhập với tên <strong>"
                + Html.escape(person.getName())
                + "</strong>.</p>";
    return Html.page(
        "Máy chủ đăng nhập",
        who
            + "<p><a class=\"nut\" href=\""
            + Html.escape(portal)
            + "\">Vào cổng thông tin</a></p>");
  }
}
