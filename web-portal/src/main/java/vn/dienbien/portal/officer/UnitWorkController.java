package vn.dienbien.portal.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.PortalProperties;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Paged;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.directive.Assignment;
import vn.dienbien.portal.report.Obligation;
import vn.dienbien.portal.security.CurrentUser;
import vn.dienbien.portal.web.Paths;

/** A unit officer's home: the unit's obligations by status, and the tasks assigned to it. */
@Controller
@RequestMapping("/don-vi")
class UnitWorkController {

  static final int PREVIEW = 5;

  private final Apis apis;
  private final Panels panels;
  private final CurrentUser users;
  private final Clock clock;
  private final int dueSoonDays;

  UnitWorkController(
      Apis apis, Panels panels, CurrentUser users, Clock clock, PortalProperties properties) {
    this.apis = apis;
    this.panels = panels;
    this.users = users;
    this.clock = clock;
    this.dueSoonDays = properties.dueSoonDays();
  }

  @GetMapping
  String home(Model model) {
    String unit = unit();
    Api api = apis.current();
    var obligations = panels.start(() -> obligationsOf(api, unit));
    var tasks = panels.start(() -> tasksOf(api, unit, PageRequest.of(0, 10)));
    var reminders = panels.start(() -> RemindersController.of(api, unit, PageRequest.of(0, 3)));
    var loaded = obligations.get();
    model.addAttribute("groups", grouped(loaded));
    model.addAttribute("obligationTotal", loaded.ok() ? loaded.data().size() : 0);
    model.addAttribute("tasks", tasks.get());
    model.addAttribute("reminders", reminders.get());
    model.addAttribute("preview", PREVIEW);
    return "officer/home";
  }

  /** One group in full, paged; a pager click (htmx) gets only the list. */
  @GetMapping("/nhom/{slug}")
  String group(
      @PathVariable String slug,
      @RequestParam(defaultValue = "0") int trang,
      @RequestHeader(name = "HX-Request", required = false) String partial,
      Model model) {
    Groups.Group group = Groups.parse(slug);
    if (group == null) {
      return "redirect:/don-vi";
    }
    Panel<Map<Groups.Group, List<Obligation>>> all =
        grouped(Panel.load(() -> obligationsOf(apis.current(), unit())));
    model.addAttribute("group", group);
    model.addAttribute(
        "list",
        all.ok()
            ? new Panel<>(
                Paged.slice(all.data().get(group), PageRequest.of(trang, 20)), null, false)
            : new Panel<>(null, all.error(), all.down()));
    return partial != null ? "officer/group :: list" : "officer/group";
  }

  @GetMapping("/nhiem-vu")
  String tasks(
      @RequestParam(defaultValue = "0") int trang,
      @RequestHeader(name = "HX-Request", required = false) String partial,
      Model model) {
    String unit = unit();
    model.addAttribute(
        "tasks", Panel.load(() -> tasksOf(apis.current(), unit, PageRequest.of(trang, 10))));
    return partial != null ? "officer/tasks :: list" : "officer/tasks";
  }

  private Panel<Map<Groups.Group, List<Obligation>>> grouped(Panel<List<Obligation>> loaded) {
    LocalDate today = LocalDate.now(clock);
    return loaded.ok()
        ? new Panel<>(Groups.of(loaded.data(), today, dueSoonDays), null, false)
        : new Panel<>(null, loaded.error(), loaded.down());
  }

  static List<Obligation> obligationsOf(Api api, String unit) {
    return api.all(
        Backend.REPORT,
        Paths.path("/api/v1/obligations").param("unitId", unit).build(),
        Obligation.class);
  }

  static Paged<Assignment> tasksOf(Api api, String unit, PageRequest page) {
    return api.page(
        Backend.DIRECTIVE,
        Paths.path("/api/v1/assignments").param("unitId", unit).build(),
        page,
        Assignment.class);
  }

  private String unit() {
    return users.get().unit().orElseThrow(NoUnit::new);
  }

  /** A unit officer whose token names no unit: nothing to show, and the page says why. */
  static final class NoUnit extends vn.dienbien.portal.api.ApiRefusal {
    NoUnit() {
      super(
          403,
          "Chưa gắn đơn vị",
          "Tài khoản của bạn chưa được gắn với đơn vị nào. Vui lòng liên hệ quản trị hệ thống.",
          "no-unit",
          Map.of());
    }
  }
}
