package vn.dienbien.portal.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.directive.Unit;
import vn.dienbien.portal.security.CurrentUser;
import vn.dienbien.portal.security.PortalUser;

/** What every page shows: who is signed in, with which role and for which unit. */
@ControllerAdvice
class PageModel {

  private static final String UNIT_NAME = PageModel.class.getName() + ".unitName";

  private final CurrentUser users;
  private final Apis apis;
  private final Clock clock;

  PageModel(CurrentUser users, Apis apis, Clock clock) {
    this.users = users;
    this.apis = apis;
    this.clock = clock;
  }

  @ModelAttribute("me")
  PortalUser me() {
    return users.find().orElse(null);
  }

  /** The unit's name, looked up once per session (the token only carries its code). */
  @ModelAttribute("myUnit")
  String myUnit(HttpSession session) {
    var me = users.find();
    if (me.isEmpty()) {
      return null;
    }
    if (me.get().unit().isEmpty()) {
      return "Toàn tỉnh";
    }
    String code = me.get().unit().get();
    Object known = session.getAttribute(UNIT_NAME);
    if (known instanceof String name) {
      return name;
    }
    Panel<Unit> unit =
        Panel.load(() ->
            apis.current()
                .get(Backend.DIRECTIVE, Paths.of("/api/v1/units/{id}", code), Unit.class));
    if (unit.ok()) {
      session.setAttribute(UNIT_NAME, unit.data().name());
      return unit.data().name();
    }
    return code;
  }

  @ModelAttribute("today")
  LocalDate today() {
    return LocalDate.now(clock);
  }
}
