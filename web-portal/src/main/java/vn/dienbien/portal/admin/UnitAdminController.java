package vn.dienbien.portal.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.directive.Unit;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * Administrators add a unit to the directory, correct one, or take one out of service.
 * directive-service validates (code format, known parent) and announces the change on Kafka.
 */
@Controller
@RequestMapping("/quan-tri/don-vi")
class UnitAdminController {

  private final Apis apis;

  UnitAdminController(Apis apis) {
    this.apis = apis;
  }

  @GetMapping("/moi")
  String blank(Model model) {
    return form(apis.current(), new UnitForm(), true, Map.of(), null, model);
  }

  @PostMapping("/moi")
  String create(
      @ModelAttribute("form") UnitForm unit,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    try {
      var created = api.post(Backend.DIRECTIVE, "/api/v1/units", unit.body());
      return Navigation.redirect(
          unitPage(created.path("id").asString()),
          "Đã thêm đơn vị " + created.path("name").asString() + ".",
          request,
          response);
    } catch (ApiRefusal e) {
      return form(api, unit, true, FieldNames.of(e.fieldErrors()), e.summary(), model);
    }
  }

  @GetMapping("/{id}")
  String edit(@PathVariable String id, Model model) {
    Api api = apis.current();
    Unit unit = api.get(Backend.DIRECTIVE, Paths.of("/api/v1/units/{id}", id), Unit.class);
    model.addAttribute("unit", unit);
    return form(api, UnitForm.of(unit), false, Map.of(), null, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") UnitForm unit,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    unit.setCode(id);
    try {
      var saved = api.put(Backend.DIRECTIVE, Paths.of("/api/v1/units/{id}", id), unit.body());
      return Navigation.redirect(
          unitPage(id), "Đã lưu đơn vị " + saved.path("name").asString() + ".", request, response);
    } catch (ApiRefusal e) {
      return form(api, unit, false, FieldNames.of(e.fieldErrors()), e.summary(), model);
    }
  }

  /** Takes the unit out of service; its history stays (directive-service keeps it). */
  @PostMapping("/{id}/ngung-hoat-dong")
  String deactivate(
      @PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
    var unit = apis.current().delete(Backend.DIRECTIVE, Paths.of("/api/v1/units/{id}", id));
    return Navigation.redirect(
        unitPage(id),
        "Đơn vị " + unit.path("name").asString() + " đã ngừng hoạt động.",
        request,
        response);
  }

  private static String unitPage(String id) {
    return Paths.of("/quan-tri/don-vi/{id}", id);
  }

  private String form(
      Api api,
      UnitForm unit,
      boolean creating,
      Map<String, String> errors,
      String formError,
      Model model) {
    model.addAttribute("form", unit);
    model.addAttribute("creating", creating);
    model.addAttribute(
        "parents",
        Panel.load(() -> api.list(Backend.DIRECTIVE, "/api/v1/units?active=true", Unit.class)));
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    return "admin/unit";
  }
}
