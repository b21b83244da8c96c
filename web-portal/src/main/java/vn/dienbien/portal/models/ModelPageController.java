package vn.dienbien.portal.models;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.registry.RegistryModel;
import vn.dienbien.portal.web.Forms;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * One model with its whole history. The monitoring body evaluates it (score sheet), recognises or
 * does not recognise it, and re-evaluates a recognition; its unit registers a further year or the
 * provincial level. model-registry checks every rule.
 */
@Controller
class ModelPageController {

  private final Apis apis;
  private final Clock clock;
  private final DecisionForms decisionForms;

  ModelPageController(Apis apis, Clock clock, DecisionForms decisionForms) {
    this.apis = apis;
    this.clock = clock;
    this.decisionForms = decisionForms;
  }

  @GetMapping("/mo-hinh/{kind}/{id}")
  String show(@PathVariable String kind, @PathVariable String id, Model model) {
    Api api = apis.current();
    return page(api, kind, id, Map.of(), null, null, model);
  }

  @PostMapping("/danh-gia/{kind}/{id}/cham-diem")
  String evaluate(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("modelId", id);
    body.put("year", number(form.getFirst("year")));
    body.put("level", form.getFirst("level"));
    body.put("evaluator", form.getFirst("evaluator"));
    body.put("notes", Forms.blank(form.getFirst("notes")));
    body.put(
        "scores",
        form.keySet().stream()
            .filter(k -> k.startsWith("score."))
            .map(k -> score(k.substring(6), decimal(form.getFirst(k))))
            .toList());
    return act(
        kind,
        id,
        "/api/v1/evaluations",
        body,
        "Đã ghi kết quả khảo sát, đánh giá.",
        "evaluate",
        model,
        request,
        response);
  }

  @PostMapping("/danh-gia/{kind}/{id}/cong-nhan")
  String recognise(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    boolean reject = "REJECT".equals(form.get("decision"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("modelId", id);
    body.put("level", form.get("level"));
    body.put("year", number(form.get("year")));
    if (reject) {
      String reasons = form.getOrDefault("reasons", "");
      body.put("reasons", reasons.isBlank() ? List.of() : List.of(reasons.split("\\R+")));
      return act(
          kind,
          id,
          "/api/v1/recognitions/rejections",
          body,
          "Đã ghi kết quả không công nhận.",
          "recognise",
          model,
          request,
          response);
    }
    body.put("decisionNumber", form.get("decisionNumber"));
    body.put("decisionDate", Forms.blank(form.get("decisionDate")));
    body.put("signer", form.get("signer"));
    return act(
        kind,
        id,
        "/api/v1/recognitions",
        body,
        "Đã ghi quyết định công nhận.",
        "recognise",
        model,
        request,
        response);
  }

  @PostMapping("/danh-gia/{kind}/{id}/danh-gia-lai/{recognitionId}")
  String reEvaluate(
      @PathVariable String kind,
      @PathVariable String id,
      @PathVariable String recognitionId,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", number(form.get("year")));
    body.put("outcome", form.get("outcome"));
    body.put("reason", Forms.blank(form.get("reason")));
    body.put("notes", Forms.blank(form.get("notes")));
    body.put("evaluator", form.get("evaluator"));
    return act(
        kind,
        id,
        Paths.of("/api/v1/recognitions/{r}/re-evaluations", recognitionId),
        body,
        "Đã ghi kết quả đánh giá lại.",
        "reEvaluate",
        model,
        request,
        response);
  }

  @PostMapping("/don-vi/mo-hinh/{kind}/{id}/dang-ky")
  String register(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", number(form.get("year")));
    body.put("level", form.get("level"));
    return act(
        kind,
        id,
        Paths.of("/api/v1/" + apiKind(kind) + "/{id}/registrations", id),
        body,
        "Đã đăng ký.",
        "register",
        model,
        request,
        response);
  }

  private String act(
      String kind,
      String id,
      String path,
      Map<String, Object> body,
      String done,
      String form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    try {
      api.post(Backend.MODEL_REGISTRY, path, body);
      return Navigation.redirect("/mo-hinh/" + kind + "/" + id, done, request, response);
    } catch (ApiRefusal e) {
      return page(api, kind, id, e.fieldErrors(), e.summary(), form, model);
    }
  }

  private String page(
      Api api,
      String kind,
      String id,
      Map<String, String> errors,
      String formError,
      String failedForm,
      Model model) {
    RegistryModel found =
        api.get(
            Backend.MODEL_REGISTRY,
            Paths.of("/api/v1/" + apiKind(kind) + "/{id}", id),
            RegistryModel.class);
    model.addAttribute("model", found);
    model.addAttribute("decides", decisionForms.offered(api, "/api/v1/" + apiKind(kind), found));
    model.addAttribute("kind", kind);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("failedForm", failedForm);
    model.addAttribute("year", LocalDate.now(clock).getYear());
    model.addAttribute(
        "criteria",
        Panel.load(() ->
            api.get(
                Backend.MODEL_REGISTRY,
                "/api/v1/evaluations/criteria",
                RegistryModel.Criteria.class)));
    return "models/model";
  }

  private static String apiKind(String kind) {
    if (!"models".equals(kind) && !"exemplars".equals(kind)) {
      throw new ApiRefusal(
          404, "Không tìm thấy", "Không có loại hồ sơ này.", "not-found", Map.of());
    }
    return kind;
  }

  private static Map<String, Object> score(String criterion, Double score) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("criterionId", criterion);
    line.put("score", score);
    return line;
  }

  private static Integer number(String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double decimal(String value) {
    try {
      return value == null || value.isBlank()
          ? null
          : Double.valueOf(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
