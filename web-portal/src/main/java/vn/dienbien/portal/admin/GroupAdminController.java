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
 * Administrators create a group of units and change who is in one. A new member list applies to
 * directives issued afterwards; directive-service keeps the assignments already made.
 */
@Controller
@RequestMapping("/quan-tri/nhom")
class GroupAdminController {

  private final Apis apis;

  GroupAdminController(Apis apis) {
    this.apis = apis;
  }

  @GetMapping("/moi")
  String blank(Model model) {
    return form(apis.current(), new GroupForm(), true, Map.of(), null, model);
  }

  @PostMapping("/moi")
  String create(
      @ModelAttribute("form") GroupForm group,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    try {
      var created = api.post(Backend.DIRECTIVE, "/api/v1/unit-groups", group.body());
      return saved(
          created.path("id").asString(), created.path("name").asString(), request, response);
    } catch (ApiRefusal e) {
      return form(api, group, true, FieldNames.of(e.fieldErrors()), e.summary(), model);
    }
  }

  @GetMapping("/{id}")
  String edit(@PathVariable String id, Model model) {
    Api api = apis.current();
    Unit.Group group =
        api.get(Backend.DIRECTIVE, Paths.of("/api/v1/unit-groups/{id}", id), Unit.Group.class);
    return form(api, GroupForm.of(group), false, Map.of(), null, model);
  }

  @PostMapping("/{id}")
  String replaceMembers(
      @PathVariable String id,
      @ModelAttribute("form") GroupForm group,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    try {
      var saved =
          api.put(
              Backend.DIRECTIVE,
              Paths.of("/api/v1/unit-groups/{id}/members", id),
              group.membersBody());
      return saved(id, saved.path("name").asString(), request, response);
    } catch (ApiRefusal e) {
      Unit.Group current =
          api.get(Backend.DIRECTIVE, Paths.of("/api/v1/unit-groups/{id}", id), Unit.Group.class);
      GroupForm shown = GroupForm.of(current);
      shown.setMemberIds(group.getMemberIds());
      return form(api, shown, false, FieldNames.of(e.fieldErrors()), e.summary(), model);
    }
  }

  private static String saved(
      String id, String name, HttpServletRequest request, HttpServletResponse response) {
    return Navigation.redirect(
        Paths.of("/quan-tri/nhom/{id}", id),
        "Đã lưu nhóm " + name + ". Danh sách mới áp dụng cho các chỉ thị ban hành từ nay.",
        request,
        response);
  }

  private String form(
      Api api,
      GroupForm group,
      boolean creating,
      Map<String, String> errors,
      String formError,
      Model model) {
    model.addAttribute("form", group);
    model.addAttribute("creating", creating);
    model.addAttribute(
        "units",
        Panel.load(() -> api.list(Backend.DIRECTIVE, "/api/v1/units?active=true", Unit.class)));
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    return "admin/group";
  }
}
