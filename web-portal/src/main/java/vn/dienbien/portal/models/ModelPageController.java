package vn.dienbien.portal.models;

import static vn.dienbien.portal.models.ModelPages.apiKind;
import static vn.dienbien.portal.models.ModelPages.number;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.models.ModelPages.Step;
import vn.dienbien.portal.web.Paths;

/**
 * One model with its whole history; its unit registers a further year or the provincial level
 * there. The monitoring body's steps on the same page are in {@link ModelDecisionController}.
 * model-registry checks every rule.
 */
@Controller
class ModelPageController {

  private final ModelPages pages;

  ModelPageController(ModelPages pages) {
    this.pages = pages;
  }

  @GetMapping("/mo-hinh/{kind}/{id}")
  String show(@PathVariable String kind, @PathVariable String id, Model model) {
    return pages.show(kind, id, model);
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
    String path = Paths.of("/api/v1/" + apiKind(kind) + "/{id}/registrations", id);
    Step step = new Step(path, body, "Đã đăng ký.");
    return pages.act(kind, id, step, "register", model, request, response);
  }
}
