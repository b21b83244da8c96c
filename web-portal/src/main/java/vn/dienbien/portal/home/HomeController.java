package vn.dienbien.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dienbien.portal.security.CurrentUser;
import vn.dienbien.portal.security.PortalUser;
import vn.dienbien.portal.security.Role;

/** Each role's home: where a person of that role starts their day. */
@Controller
class HomeController {

  private final CurrentUser users;

  HomeController(CurrentUser users) {
    this.users = users;
  }

  @GetMapping("/")
  String home() {
    PortalUser me = users.get();
    // A commune's approver is also its officer: its own decisions come first.
    if (me.has(Role.UNIT_APPROVER)) {
      return "redirect:/danh-gia/cho-quyet-dinh";
    }
    if (me.has(Role.UNIT_OFFICER)) {
      return "redirect:/don-vi";
    }
    if (me.has(Role.MONITOR)) {
      return "redirect:/bang-theo-doi";
    }
    if (me.has(Role.EDITOR)) {
      return "redirect:/soan-thao";
    }
    if (me.has(Role.ADMIN)) {
      return "redirect:/quan-tri";
    }
    if (me.has(Role.VIEWER)) {
      return "redirect:/tong-quan";
    }
    return "no-role";
  }
}
