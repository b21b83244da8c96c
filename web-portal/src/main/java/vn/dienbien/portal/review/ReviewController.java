package vn.dienbien.portal.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.report.Obligation;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * The monitoring body's review queue: reports waiting for a decision, each with its content,
 * evidence and history; accept, or return with a comment saying what to fix.
 */
@Controller
@RequestMapping("/tham-dinh")
class ReviewController {

  private final Apis apis;

  ReviewController(Apis apis) {
    this.apis = apis;
  }

  @GetMapping
  String queue(
      @RequestParam(defaultValue = "0") int trang,
      @RequestHeader(name = "HX-Request", required = false) String partial,
      Model model) {
    Api api = apis.current();
    model.addAttribute(
        "queue",
        Panel.load(() ->
            api.page(
                Backend.REPORT,
                Paths.path("/api/v1/obligations").param("state", "SUBMITTED").build(),
                PageRequest.of(trang, 20),
                Obligation.class)));
    return partial != null ? "review/queue :: list" : "review/queue";
  }

  @GetMapping("/{obligationId}")
  String show(@PathVariable String obligationId, Model model) {
    model.addAttribute("obligation", load(apis.current(), obligationId));
    model.addAttribute("errors", Map.of());
    return "review/report";
  }

  @PostMapping("/{obligationId}")
  String decide(
      @PathVariable String obligationId,
      @RequestParam String reportId,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String comment,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outcome", outcome);
    body.put("comment", comment == null || comment.isBlank() ? null : comment);
    try {
      api.post(Backend.REPORT, Paths.of("/api/v1/reports/{id}/review", reportId), body);
      return Navigation.redirect("/tham-dinh", done(outcome), request, response);
    } catch (ApiRefusal e) {
      if (e.conflict()) {
        return Navigation.redirect("/tham-dinh", e.detail(), request, response);
      }
      model.addAttribute("obligation", load(api, obligationId));
      model.addAttribute("errors", e.fieldErrors());
      model.addAttribute("formError", e.summary());
      model.addAttribute("outcome", outcome);
      model.addAttribute("comment", comment);
      return "review/report";
    }
  }

  private static String done(String outcome) {
    return "RETURNED".equals(outcome)
        ? "Đã trả lại báo cáo kèm ý kiến; đơn vị sẽ sửa và nộp lại."
        : "Đã chấp nhận báo cáo.";
  }

  private static Obligation load(Api api, String id) {
    return api.get(Backend.REPORT, Paths.of("/api/v1/obligations/{id}", id), Obligation.class);
  }
}
