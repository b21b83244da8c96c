package vn.dienbien.portal.drafting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.directive.Directive;
import vn.dienbien.portal.directive.Unit;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * The Văn phòng drafts a directive and its tasks, previews the fan-out (units, assignments,
 * reporting obligations) and issues it. directive-service validates and fans out; report-service
 * says how many reports follow.
 */
@Controller
@RequestMapping("/soan-thao")
class DraftingController {

  private final Apis apis;
  private final Panels panels;
  private final Clock clock;

  DraftingController(Apis apis, Panels panels, Clock clock) {
    this.apis = apis;
    this.panels = panels;
    this.clock = clock;
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int trang, Model model) {
    Api api = apis.current();
    model.addAttribute(
        "directives",
        Panel.load(() ->
            vn.dienbien.portal.api.Paged.slice(
                api.list(Backend.DIRECTIVE, "/api/v1/directives", Directive.class),
                PageRequest.of(trang, 20))));
    return "drafting/list";
  }

  @GetMapping("/moi")
  String blank(Model model) {
    return form(apis.current(), new DirectiveForm(), Map.of(), null, model);
  }

  /** Adds or drops a task row, keeping what was typed (works without JavaScript). */
  @PostMapping("/moi/dong")
  String rows(
      @ModelAttribute("form") DirectiveForm draft,
      @RequestParam(required = false) String them,
      Model model) {
    if (them != null) {
      draft.getTasks().add(new TaskForm());
    } else if (draft.getTasks().size() > 1) {
      draft.getTasks().removeLast();
    }
    return form(apis.current(), draft, Map.of(), null, model);
  }

  @PostMapping("/moi")
  String create(
      @ModelAttribute("form") DirectiveForm draft,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    try {
      var created = api.post(Backend.DIRECTIVE, "/api/v1/directives", draft.body());
      String id = created.path("id").asString();
      return Navigation.redirect(
          "/soan-thao/" + UriUtils.encodePathSegment(id, "UTF-8"),
          "Đã lưu dự thảo. Hãy xem trước việc giao nhiệm vụ rồi ban hành.",
          request,
          response);
    } catch (ApiRefusal e) {
      return form(api, draft, formFields(e.fieldErrors()), e.summary(), model);
    }
  }

  @GetMapping("/{id}")
  String draft(@PathVariable String id, Model model) {
    Api api = apis.current();
    Directive directive =
        api.get(Backend.DIRECTIVE, Paths.of("/api/v1/directives/{id}", id), Directive.class);
    model.addAttribute("directive", directive);
    model.addAttribute(
        "preview", directive.draft() ? Panel.load(() -> preview(api, directive)) : null);
    return "drafting/draft";
  }

  @PostMapping("/{id}/ban-hanh")
  String issue(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
    var issued =
        apis.current()
            .post(Backend.DIRECTIVE, Paths.of("/api/v1/directives/{id}/issue", id), Map.of());
    return Navigation.redirect(
        "/soan-thao/" + UriUtils.encodePathSegment(id, "UTF-8"),
        "Đã ban hành Chỉ thị "
            + issued.path("number").asString()
            + ": "
            + issued.path("assignments").asInt()
            + " phân công đã được giao cho các đơn vị.",
        request,
        response);
  }

  private FanOut.Preview preview(Api api, Directive directive) {
    FanOut fanOut =
        api.get(
            Backend.DIRECTIVE,
            Paths.of("/api/v1/directives/{id}/fan-out", directive.id()),
            FanOut.class);
    var pending =
        fanOut.tasks().stream()
            .map(task -> Map.entry(task, panels.start(() -> plan(api, directive, task))))
            .toList();
    List<FanOut.Line> lines =
        pending.stream()
            .map(p -> {
              Panel<FanOut.Plan> plan = p.getValue().get();
              if (!plan.ok()) {
                throw new ApiRefusal(503, "Chưa xem trước được", plan.error(), null, Map.of());
              }
              return FanOut.Line.of(
                  p.getKey(), plan.data(), drafted(directive, p.getKey()), LocalDate.now(clock));
            })
            .toList();
    return new FanOut.Preview(fanOut, lines);
  }

  private static Directive.Task drafted(Directive directive, FanOut.Task task) {
    return directive.tasks().stream()
        .filter(t -> t.code().equals(task.taskCode()))
        .findFirst()
        .orElse(null);
  }

  private static FanOut.Plan plan(Api api, Directive directive, FanOut.Task task) {
    return api.get(
        Backend.REPORT,
        Paths.path("/api/v1/reporting-plan")
            .param("directiveNumber", directive.number())
            .param("deadlineKind", task.deadlineKind())
            .param("dueDate", task.dueDate())
            .param("cadence", task.cadence())
            .param("periodStart", task.periodStart())
            .param("periodEnd", task.periodEnd())
            .build(),
        FanOut.Plan.class);
  }

  private String form(
      Api api, DirectiveForm draft, Map<String, String> errors, String formError, Model model) {
    var units =
        panels.start(() -> api.list(Backend.DIRECTIVE, "/api/v1/units?active=true", Unit.class));
    var groups =
        panels.start(() -> api.list(Backend.DIRECTIVE, "/api/v1/unit-groups", Unit.Group.class));
    model.addAttribute("form", draft);
    model.addAttribute("units", units.get());
    model.addAttribute("groups", groups.get());
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    return "drafting/form";
  }

  /** The API's field names ({@code tasks[0].deadline.dueDate}) as the form's. */
  static Map<String, String> formFields(Map<String, String> api) {
    Map<String, String> form = new LinkedHashMap<>();
    api.forEach((field, message) ->
        form.merge(
            field
                .replace(".deadline.", ".")
                .replaceAll("\\.(leadUnitId|leadGroupId)$", ".lead")
                .replaceAll("\\.(coordinatingUnitIds|coordinatingGroupIds)\\[\\d+]$", ".$1"),
            message,
            (a, b) -> a + "; " + b));
    return form;
  }
}
