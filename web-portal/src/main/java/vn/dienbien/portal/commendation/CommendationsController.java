package vn.dienbien.portal.commendation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.directive.Unit;
import vn.dienbien.portal.registry.RegistryModel;
import vn.dienbien.portal.security.CurrentUser;
import vn.dienbien.portal.security.PortalUser;
import vn.dienbien.portal.security.Role;
import vn.dienbien.portal.web.Forms;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * Commendations of collectives and individuals for the movement (directive 11-CT/TU item 11.6),
 * with or without a model or a round: the list, and the form that records one decision. The
 * monitoring body commends at cấp tỉnh, a unit's approver at cấp xã; model-registry decides who may
 * record what (level, form, unit) and says why not beside the field.
 */
@Controller
@RequestMapping("/khen-thuong")
class CommendationsController {

  static final List<String> FIELDS =
      List.of(
          "recipientKind",
          "recipientName",
          "position",
          "unitId",
          "level",
          "form",
          "decisionNumber",
          "decisionDate",
          "signer",
          "achievement",
          "modelId",
          "roundId");

  private final Apis apis;
  private final Panels panels;
  private final CurrentUser users;

  CommendationsController(Apis apis, Panels panels, CurrentUser users) {
    this.apis = apis;
    this.panels = panels;
    this.users = users;
  }

  @GetMapping
  String list(
      @RequestParam(name = "cap", required = false) String level,
      @RequestParam(name = "doiTuong", required = false) String recipientKind,
      @RequestParam(defaultValue = "0") int trang,
      Model model) {
    Api api = apis.current();
    String path =
        Paths.path("/api/v1/commendations")
            .param("level", level)
            .param("recipientKind", recipientKind)
            .build();
    model.addAttribute(
        "commendations",
        Panel.load(() ->
            api.page(
                Backend.MODEL_REGISTRY,
                path,
                PageRequest.of(trang, PageRequest.DEFAULT_SIZE),
                Commendation.class)));
    model.addAttribute("level", level);
    model.addAttribute("recipientKind", recipientKind);
    model.addAttribute(
        "pageUrl",
        Paths.path("/khen-thuong").param("cap", level).param("doiTuong", recipientKind).build());
    return "commendation/list";
  }

  @GetMapping("/moi")
  String blank(Model model) {
    PortalUser me = users.get();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("recipientKind", "INDIVIDUAL");
    form.put("level", me.has(Role.MONITOR) ? "PROVINCE" : "COMMUNE");
    form.put("form", "PRAISE");
    form.put("unitId", me.has(Role.MONITOR) ? "" : me.unit().orElse(""));
    return form(apis.current(), form, Map.of(), null, model);
  }

  @PostMapping("/moi")
  String record(
      @RequestParam Map<String, String> typed,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    FIELDS.forEach(f -> body.put(f, Forms.blank(typed.get(f))));
    Api api = apis.current();
    try {
      api.post(Backend.MODEL_REGISTRY, "/api/v1/commendations", body);
      return Navigation.redirect(
          "/khen-thuong",
          "Đã ghi quyết định khen thưởng " + typed.getOrDefault("recipientName", "") + ".",
          request,
          response);
    } catch (ApiRefusal e) {
      return form(api, typed, e.fieldErrors(), e.summary(), model);
    }
  }

  private String form(
      Api api,
      Map<String, String> typed,
      Map<String, String> errors,
      String formError,
      Model model) {
    var units =
        panels.start(() -> api.list(Backend.DIRECTIVE, "/api/v1/units?active=true", Unit.class));
    var rounds =
        panels.start(() ->
            api.list(
                Backend.MODEL_REGISTRY, "/api/v1/commendation-rounds", RegistryModel.Round.class));
    Map<String, String> shown = new LinkedHashMap<>();
    FIELDS.forEach(f -> shown.put(f, typed.getOrDefault(f, "")));
    model.addAttribute("form", shown);
    model.addAttribute("units", units.get());
    model.addAttribute("rounds", rounds.get());
    model.addAttribute("forms", CommendationForms.NAMES);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    return "commendation/form";
  }
}
