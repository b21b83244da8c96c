package vn.dienbien.portal.drafting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
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
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.directive.Directive;
import vn.dienbien.portal.directive.Unit;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * The Văn phòng adds, corrects or drops a task of a draft directive. directive-service validates
 * (and refuses once the directive is issued); each change lands back on the draft, whose fan-out
 * preview is computed again from the changed tasks.
 */
@Controller
@RequestMapping("/soan-thao/{id}/nhiem-vu")
class DraftTaskController {

  private static final String TASKS = "/api/v1/directives/{id}/tasks";
  private static final String TASK = "/api/v1/directives/{id}/tasks/{code}";

  private final Apis apis;
  private final Panels panels;

  DraftTaskController(Apis apis, Panels panels) {
    this.apis = apis;
    this.panels = panels;
  }

  @GetMapping("/moi")
  String blank(@PathVariable String id, Model model) {
    return form(apis.current(), id, new TaskEdit(), null, Map.of(), null, model);
  }

  @PostMapping("/moi")
  String add(
      @PathVariable String id,
      @ModelAttribute("form") TaskEdit edit,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    try {
      api.post(Backend.DIRECTIVE, Paths.of(TASKS, id), edit.getTask().body());
      return saved(id, "Đã thêm nhiệm vụ " + edit.getTask().getCode(), request, response);
    } catch (ApiRefusal e) {
      return form(api, id, edit, null, fields(e.fieldErrors()), e.summary(), model);
    }
  }

  @GetMapping("/{code}")
  String edit(@PathVariable String id, @PathVariable String code, Model model) {
    Api api = apis.current();
    Directive.Task task =
        api.get(Backend.DIRECTIVE, Paths.of(TASK, id, code), Directive.Task.class);
    return form(api, id, TaskEdit.of(TaskForm.of(task)), code, Map.of(), null, model);
  }

  @PostMapping("/{code}")
  String replace(
      @PathVariable String id,
      @PathVariable String code,
      @ModelAttribute("form") TaskEdit edit,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    edit.getTask().setCode(code);
    try {
      api.put(Backend.DIRECTIVE, Paths.of(TASK, id, code), edit.getTask().body());
      return saved(id, "Đã lưu nhiệm vụ " + code, request, response);
    } catch (ApiRefusal e) {
      return form(api, id, edit, code, fields(e.fieldErrors()), e.summary(), model);
    }
  }

  @PostMapping("/{code}/xoa")
  String remove(
      @PathVariable String id,
      @PathVariable String code,
      HttpServletRequest request,
      HttpServletResponse response) {
    apis.current().delete(Backend.DIRECTIVE, Paths.of(TASK, id, code));
    return saved(id, "Đã bỏ nhiệm vụ " + code, request, response);
  }

  private static String saved(
      String id, String what, HttpServletRequest request, HttpServletResponse response) {
    return Navigation.redirect(
        Paths.of("/soan-thao/{id}", id),
        what + ". Phần xem trước việc giao nhiệm vụ đã được tính lại theo dự thảo mới.",
        request,
        response);
  }

  /** The API names a single task's fields from its root ({@code deadline.dueDate}). */
  static Map<String, String> fields(Map<String, String> api) {
    Map<String, String> prefixed = new LinkedHashMap<>();
    api.forEach((field, message) -> prefixed.put("task." + field, message));
    return DraftingController.formFields(prefixed);
  }

  private String form(
      Api api,
      String id,
      TaskEdit edit,
      String code,
      Map<String, String> errors,
      String formError,
      Model model) {
    var units =
        panels.start(() -> api.list(Backend.DIRECTIVE, "/api/v1/units?active=true", Unit.class));
    var groups =
        panels.start(() -> api.list(Backend.DIRECTIVE, "/api/v1/unit-groups", Unit.Group.class));
    model.addAttribute(
        "directive",
        api.get(Backend.DIRECTIVE, Paths.of("/api/v1/directives/{id}", id), Directive.class));
    model.addAttribute("form", edit);
    model.addAttribute("code", code);
    model.addAttribute("codeFixed", code != null);
    model.addAttribute("units", units.get());
    model.addAttribute("groups", groups.get());
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    return "drafting/task";
  }
}
