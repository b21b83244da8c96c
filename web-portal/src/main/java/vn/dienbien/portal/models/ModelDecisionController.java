package vn.dienbien.portal.models;

import static vn.dienbien.portal.models.ModelPages.decimal;
import static vn.dienbien.portal.models.ModelPages.number;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.models.ModelPages.Step;
import vn.dienbien.portal.web.Forms;
import vn.dienbien.portal.web.Paths;

/**
 * The monitoring body's steps on a model's page: it evaluates the model (score sheet), recognises
 * or does not recognise it, and re-evaluates a recognition. model-registry checks every rule.
 */
@Controller
class ModelDecisionController {

  private final ModelPages pages;

  ModelDecisionController(ModelPages pages) {
    this.pages = pages;
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
    Step step = new Step("/api/v1/evaluations", body, "Đã ghi kết quả khảo sát, đánh giá.");
    return pages.act(kind, id, step, "evaluate", model, request, response);
  }

  @PostMapping("/danh-gia/{kind}/{id}/cong-nhan")
  String recognise(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    return pages.act(kind, id, recognition(id, form), "recognise", model, request, response);
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
    String path = Paths.of("/api/v1/recognitions/{r}/re-evaluations", recognitionId);
    Step step = new Step(path, body, "Đã ghi kết quả đánh giá lại.");
    return pages.act(kind, id, step, "reEvaluate", model, request, response);
  }

  /** A recognition decision, or the record that the model is not recognised, with the reasons. */
  private static Step recognition(String id, Map<String, String> form) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("modelId", id);
    body.put("level", form.get("level"));
    body.put("year", number(form.get("year")));
    if ("REJECT".equals(form.get("decision"))) {
      String reasons = form.getOrDefault("reasons", "");
      body.put("reasons", reasons.isBlank() ? List.of() : List.of(reasons.split("\\R+")));
      return new Step("/api/v1/recognitions/rejections", body, "Đã ghi kết quả không công nhận.");
    }
    body.put("decisionNumber", form.get("decisionNumber"));
    body.put("decisionDate", Forms.blank(form.get("decisionDate")));
    body.put("signer", form.get("signer"));
    return new Step("/api/v1/recognitions", body, "Đã ghi quyết định công nhận.");
  }

  private static Map<String, Object> score(String criterion, Double score) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("criterionId", criterion);
    line.put("score", score);
    return line;
  }
}
