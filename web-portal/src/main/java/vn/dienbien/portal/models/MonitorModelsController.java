package vn.dienbien.portal.models;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.registry.RegistryModel;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * The monitoring body's work on models: those waiting for a survey, for a recognition decision, or
 * for re-evaluation; and the commendation rounds with their candidates.
 */
@Controller
class MonitorModelsController {

  static final List<String> STATUSES =
      List.of("REGISTERED", "EVALUATED", "RECOGNISED", "SUSTAINED", "NOT_RECOGNISED", "LAPSED");

  private final Apis apis;
  private final Panels panels;

  MonitorModelsController(Apis apis, Panels panels) {
    this.apis = apis;
    this.panels = panels;
  }

  @GetMapping("/danh-gia")
  String models(
      @RequestParam(name = "trangThai", defaultValue = "REGISTERED") String status,
      @RequestParam(name = "loai", defaultValue = "models") String kind,
      @RequestParam(defaultValue = "0") int trang,
      Model model) {
    Api api = apis.current();
    String path = "exemplars".equals(kind) ? "/api/v1/exemplars" : "/api/v1/models";
    var list =
        panels.start(() ->
            api.page(
                Backend.MODEL_REGISTRY,
                Paths.path(path).param("status", status).build(),
                PageRequest.of(trang, 20),
                RegistryModel.class));
    var rounds =
        panels.start(() ->
            api.list(
                Backend.MODEL_REGISTRY, "/api/v1/commendation-rounds", RegistryModel.Round.class));
    model.addAttribute("models", list.get());
    model.addAttribute("rounds", rounds.get());
    model.addAttribute("status", status);
    model.addAttribute("kind", "exemplars".equals(kind) ? "exemplars" : "models");
    model.addAttribute("statuses", STATUSES);
    return "models/monitor";
  }

  @GetMapping("/danh-gia/khen-thuong/{roundId}")
  String round(@PathVariable String roundId, Model model) {
    Api api = apis.current();
    return roundPage(api, roundId, Map.of(), null, model);
  }

  @PostMapping("/danh-gia/khen-thuong/{roundId}")
  String commend(
      @PathVariable String roundId,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("modelId", form.get("modelId"));
    body.put("decisionNumber", form.get("decisionNumber"));
    body.put(
        "decisionDate",
        form.get("decisionDate") == null || form.get("decisionDate").isBlank()
            ? null
            : form.get("decisionDate"));
    body.put("signer", form.get("signer"));
    Api api = apis.current();
    try {
      api.post(
          Backend.MODEL_REGISTRY,
          Paths.of("/api/v1/commendation-rounds/{r}/commendations", roundId),
          body);
      return Navigation.redirect(
          "/danh-gia/khen-thuong/" + roundId, "Đã ghi quyết định khen thưởng.", request, response);
    } catch (ApiRefusal e) {
      return roundPage(api, roundId, e.fieldErrors(), e.summary(), model);
    }
  }

  private String roundPage(
      Api api, String roundId, Map<String, String> errors, String formError, Model model) {
    var round =
        panels.start(() ->
            api.get(
                Backend.MODEL_REGISTRY,
                Paths.of("/api/v1/commendation-rounds/{r}", roundId),
                RegistryModel.Round.class));
    var candidates =
        panels.start(() ->
            api.list(
                Backend.MODEL_REGISTRY,
                Paths.of("/api/v1/commendation-rounds/{r}/candidates", roundId),
                RegistryModel.Candidate.class));
    Panel<RegistryModel.Round> loaded = round.get();
    if (!loaded.ok()) {
      throw new ApiRefusal(404, "Không tìm thấy", loaded.error(), "not-found", Map.of());
    }
    model.addAttribute("round", loaded.data());
    model.addAttribute("candidates", candidates.get());
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    return "models/round";
  }
}
