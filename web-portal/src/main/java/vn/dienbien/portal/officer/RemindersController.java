package vn.dienbien.portal.officer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Paged;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.notification.Reminder;
import vn.dienbien.portal.security.CurrentUser;
import vn.dienbien.portal.web.Paths;

/** The unit's own reminder history: what its officials were sent, and whether it arrived. */
@Controller
class RemindersController {

  private final Apis apis;
  private final CurrentUser users;

  RemindersController(Apis apis, CurrentUser users) {
    this.apis = apis;
    this.users = users;
  }

  @GetMapping("/don-vi/nhac-viec")
  String reminders(
      @RequestParam(defaultValue = "0") int trang,
      @RequestHeader(name = "HX-Request", required = false) String partial,
      Model model) {
    String unit = users.get().unit().orElseThrow(UnitWorkController.NoUnit::new);
    Api api = apis.current();
    model.addAttribute("reminders", Panel.load(() -> of(api, unit, PageRequest.of(trang, 20))));
    return partial != null ? "officer/reminders :: list" : "officer/reminders";
  }

  static Paged<Reminder> of(Api api, String unit, PageRequest page) {
    return api.page(
        Backend.NOTIFICATION,
        Paths.of("/api/v1/units/{unit}/reminders", unit),
        page,
        Reminder.class);
  }
}
