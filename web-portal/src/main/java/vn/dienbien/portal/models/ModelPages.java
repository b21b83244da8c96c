package vn.dienbien.portal.models;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.registry.RegistryModel;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * The page of one model with its whole history, and the way every step on it is sent to
 * model-registry: a refused step shows the page again with the refusal next to its form.
 */
@Component
class ModelPages {

  /** One step sent to model-registry: where, what, and the text shown once it is recorded. */
  record Step(String path, Map<String, Object> body, String done) {}

  private final Apis apis;
  private final Clock clock;
  private final DecisionForms decisionForms;

  ModelPages(Apis apis, Clock clock, DecisionForms decisionForms) {
    this.apis = apis;
    this.clock = clock;
    this.decisionForms = decisionForms;
  }

  String show(String kind, String id, Model model) {
    return page(apis.current(), kind, id, Map.of(), null, null, model);
  }

  String act(
      String kind,
      String id,
      Step step,
      String form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    try {
      api.post(Backend.MODEL_REGISTRY, step.path(), step.body());
      return Navigation.redirect("/mo-hinh/" + kind + "/" + id, step.done(), request, response);
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

  static String apiKind(String kind) {
    if (!"models".equals(kind) && !"exemplars".equals(kind)) {
      throw new ApiRefusal(
          404, "Không tìm thấy", "Không có loại hồ sơ này.", "not-found", Map.of());
    }
    return kind;
  }

  static Integer number(String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Double decimal(String value) {
    try {
      return value == null || value.isBlank()
          ? null
          : Double.valueOf(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
