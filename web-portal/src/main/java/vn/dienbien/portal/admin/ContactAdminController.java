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
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.directive.Unit;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * Administrators add an official who receives notifications, correct their e-mail and mobile
 * number, set the channels they prefer and the kinds they do not want, or remove them (which erases
 * their addresses in notification-service).
 */
@Controller
@RequestMapping("/quan-tri/can-bo")
class ContactAdminController {

  private final Apis apis;

  ContactAdminController(Apis apis) {
    this.apis = apis;
  }

  @GetMapping("/moi")
  String blank(@RequestParam(name = "donVi", required = false) String unit, Model model) {
    return form(apis.current(), ContactForm.forUnit(unit), null, Map.of(), null, model);
  }

  @PostMapping("/moi")
  String create(
      @ModelAttribute("form") ContactForm contact,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    try {
      api.post(Backend.NOTIFICATION, "/api/v1/contacts", contact.body());
      return listed(contact, "Đã thêm cán bộ " + contact.getFullName() + ".", request, response);
    } catch (ApiRefusal e) {
      return form(api, contact, null, FieldNames.of(e.fieldErrors()), e.summary(), model);
    }
  }

  @GetMapping("/{id}")
  String edit(@PathVariable String id, Model model) {
    Api api = apis.current();
    Contact contact =
        api.get(Backend.NOTIFICATION, Paths.of("/api/v1/contacts/{id}", id), Contact.class);
    return form(api, ContactForm.of(contact), id, Map.of(), null, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") ContactForm contact,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    try {
      api.put(Backend.NOTIFICATION, Paths.of("/api/v1/contacts/{id}", id), contact.body());
      return listed(contact, "Đã lưu thông tin " + contact.getFullName() + ".", request, response);
    } catch (ApiRefusal e) {
      return form(api, contact, id, FieldNames.of(e.fieldErrors()), e.summary(), model);
    }
  }

  @PostMapping("/{id}/xoa")
  String remove(
      @PathVariable String id,
      @RequestParam(name = "donVi", required = false) String unit,
      HttpServletRequest request,
      HttpServletResponse response) {
    apis.current().delete(Backend.NOTIFICATION, Paths.of("/api/v1/contacts/{id}", id));
    return Navigation.redirect(
        Paths.path("/quan-tri/can-bo").param("donVi", unit).build(),
        "Đã xóa cán bộ cùng thư điện tử và số điện thoại của họ.",
        request,
        response);
  }

  private static String listed(
      ContactForm contact,
      String notice,
      HttpServletRequest request,
      HttpServletResponse response) {
    return Navigation.redirect(
        Paths.path("/quan-tri/can-bo").param("donVi", contact.getUnitId()).build(),
        notice,
        request,
        response);
  }

  private String form(
      Api api,
      ContactForm contact,
      String id,
      Map<String, String> errors,
      String formError,
      Model model) {
    model.addAttribute("form", contact);
    model.addAttribute("contactId", id);
    model.addAttribute(
        "units",
        Panel.load(() -> api.list(Backend.DIRECTIVE, "/api/v1/units?active=true", Unit.class)));
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    return "admin/contact";
  }
}
