package vn.dienbien.portal.officer;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Paged;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.directive.Assignment;
import vn.dienbien.portal.report.GroupedObligations;
import vn.dienbien.portal.report.Obligation;
import vn.dienbien.portal.security.CurrentUser;
import vn.dienbien.portal.web.Paths;

/**
 * A unit officer's home: the unit's obligations in report-service's groups (each group's total and
 * first {@value #PREVIEW}), and the tasks assigned to it; a group's page is paged by
 * report-service.
 */
@Controller
@RequestMapping("/don-vi")
class UnitWorkController {

  static final int PREVIEW = 5;
  static final int GROUP_PAGE = 20;

  private final Apis apis;
  private final Panels panels;
  private final CurrentUser users;

  UnitWorkController(Apis apis, Panels panels, CurrentUser users) {
    this.apis = apis;
    this.panels = panels;
    this.users = users;
  }

  @GetMapping
  String home(Model model) {
    String unit = unit();
    Api api = apis.current();
    var obligations = panels.start(() -> groupsOf(api, unit));
    var tasks = panels.start(() -> tasksOf(api, unit, PageRequest.of(0, 10)));
    var reminders = panels.start(() -> RemindersController.of(api, unit, PageRequest.of(0, 3)));
    Panel<GroupedObligations> loaded = obligations.get();
    model.addAttribute("groups", previews(loaded));
    model.addAttribute("obligationTotal", loaded.ok() ? loaded.data().totalItems() : 0);
    if (loaded.ok()) {
      // Days left or late from the day report-service grouped on, so they agree with the group.
      model.addAttribute("today", loaded.data().today());
    }
    model.addAttribute("tasks", tasks.get());
    model.addAttribute("reminders", reminders.get());
    model.addAttribute("preview", PREVIEW);
    return "officer/home";
  }

  /** One group in full, paged by report-service; a pager click (htmx) gets only the list. */
  @GetMapping("/nhom/{slug}")
  String group(
      @PathVariable String slug,
      @RequestParam(defaultValue = "0") int trang,
      @RequestHeader(name = "HX-Request", required = false) String partial,
      Model model) {
    Group group = Group.bySlug(slug);
    if (group == null) {
      return "redirect:/don-vi";
    }
    String unit = unit();
    Api api = apis.current();
    model.addAttribute("group", group);
    model.addAttribute(
        "list", Panel.load(() -> groupOf(api, unit, group, PageRequest.of(trang, GROUP_PAGE))));
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

  private static Panel<List<GroupPreview>> previews(Panel<GroupedObligations> loaded) {
    if (!loaded.ok()) {
      return new Panel<>(null, loaded.error(), loaded.down());
    }
    List<GroupPreview> shown =
        loaded.data().groups().stream().map(GroupPreview::of).filter(g -> g != null).toList();
    return new Panel<>(shown, null, false);
  }

  static GroupedObligations groupsOf(Api api, String unit) {
    return api.get(
        Backend.REPORT,
        Paths.path("/api/v1/obligations/by-group")
            .param("unitId", unit)
            .param("preview", PREVIEW)
            .build(),
        GroupedObligations.class);
  }

  static Paged<Obligation> groupOf(Api api, String unit, Group group, PageRequest page) {
    return api.page(
        Backend.REPORT,
        Paths.path("/api/v1/obligations/by-group/" + group.name()).param("unitId", unit).build(),
        page,
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
