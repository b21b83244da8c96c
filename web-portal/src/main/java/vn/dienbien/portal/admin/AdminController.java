package vn.dienbien.portal.admin;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Paged;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.directive.Unit;
import vn.dienbien.portal.web.Formats;
import vn.dienbien.portal.web.Paths;

/**
 * Administrators: the units directory and its groups, the officials who receive notifications and
 * their preferences, and each service's audit trail.
 */
@Controller
@RequestMapping("/quan-tri")
class AdminController {

  private final Apis apis;
  private final Panels panels;

  AdminController(Apis apis, Panels panels) {
    this.apis = apis;
    this.panels = panels;
  }

  @GetMapping
  String units(
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(defaultValue = "0") int trang,
      Model model) {
    Api api = apis.current();
    var units =
        panels.start(() ->
            Paged.slice(
                api.list(
                    Backend.DIRECTIVE,
                    Paths.path("/api/v1/units").param("q", query).build(),
                    Unit.class),
                PageRequest.of(trang, 25)));
    var groups =
        panels.start(() -> api.list(Backend.DIRECTIVE, "/api/v1/unit-groups", Unit.Group.class));
    model.addAttribute("units", units.get());
    model.addAttribute("groups", groups.get());
    model.addAttribute("query", query);
    return "admin/units";
  }

  @GetMapping("/can-bo")
  String contacts(@RequestParam(name = "donVi", required = false) String unit, Model model) {
    Api api = apis.current();
    var units =
        panels.start(() -> api.list(Backend.DIRECTIVE, "/api/v1/units?active=true", Unit.class));
    Panel<List<Unit>> all = units.get();
    String chosen =
        unit != null && !unit.isBlank()
            ? unit
            : all.ok() && !all.data().isEmpty() ? all.data().getFirst().id() : null;
    model.addAttribute("units", all);
    model.addAttribute("chosen", chosen);
    if (chosen != null) {
      model.addAttribute(
          "contacts",
          Panel.load(() ->
              api.list(
                  Backend.NOTIFICATION,
                  Paths.path("/api/v1/contacts").param("unitId", chosen).build(),
                  Contact.class)));
    }
    return "admin/contacts";
  }

  @GetMapping("/nhat-ky")
  String audit(
      @RequestParam(name = "dichVu", defaultValue = "REPORT") Backend backend,
      @RequestParam(name = "nguoi", required = false) String user,
      @RequestParam(name = "donVi", required = false) String unit,
      @RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @RequestParam(defaultValue = "0") int trang,
      Model model) {
    Api api = apis.current();
    String path = auditPath(user, unit, from, to);
    model.addAttribute(
        "entries",
        Panel.load(() -> api.page(backend, path, PageRequest.of(trang, 50), AuditEntry.class)));
    model.addAttribute("backend", backend);
    model.addAttribute("backends", Backend.values());
    model.addAttribute("user", user);
    model.addAttribute("unit", unit);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("pageUrl", auditPageUrl(backend, user, unit, from, to));
    return "admin/audit";
  }

  /** The audit query: the days chosen are whole days in Điện Biên. */
  private static String auditPath(String user, String unit, LocalDate from, LocalDate to) {
    return Paths.path("/api/v1/audit")
        .param("user", user)
        .param("unit", unit)
        .param("from", from == null ? null : from.atStartOfDay(Formats.ZONE).toOffsetDateTime())
        .param(
            "to", to == null ? null : to.plusDays(1).atStartOfDay(Formats.ZONE).toOffsetDateTime())
        .build();
  }

  private static String auditPageUrl(
      Backend backend, String user, String unit, LocalDate from, LocalDate to) {
    return Paths.path("/quan-tri/nhat-ky")
        .param("dichVu", backend)
        .param("nguoi", user)
        .param("donVi", unit)
        .param("tu", from)
        .param("den", to)
        .build();
  }
}
