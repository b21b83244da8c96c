package vn.dienbien.portal.extension;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.directive.Assignment;
import vn.dienbien.portal.web.Forms;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * The monitoring body decides units' extension requests of both kinds: a fixed-date task's, per
 * assignment (directive-service: approve with a date, or reject), and one reporting period's of an
 * ongoing or yearly task (report-service: approve the proposed date, or refuse with a note).
 */
@Controller
@RequestMapping("/gia-han")
class ExtensionDecisionController {

  private final Apis apis;
  private final Panels panels;

  ExtensionDecisionController(Apis apis, Panels panels) {
    this.apis = apis;
    this.panels = panels;
  }

  @GetMapping
  String pending(@RequestParam(defaultValue = "0") int trang, Model model) {
    Api api = apis.current();
    var assignments =
        panels.start(() ->
            api.page(
                Backend.DIRECTIVE,
                "/api/v1/extension-requests",
                PageRequest.of(trang, 20),
                Assignment.class));
    var periods = panels.start(() -> PeriodRequests.pending(api));
    model.addAttribute("pending", assignments.get());
    model.addAttribute("periods", periods.get());
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "extension/pending";
  }

  @PostMapping("/{assignmentId}/{requestId}")
  String decide(
      @PathVariable String assignmentId,
      @PathVariable String requestId,
      @RequestParam String decision,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate approvedDueDate,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    boolean approve = "APPROVE".equals(decision);
    Map<String, Object> body = new LinkedHashMap<>();
    if (approve) {
      body.put("approvedDueDate", approvedDueDate);
    }
    body.put("note", Forms.blank(note));
    String path =
        Paths.of(
            "/api/v1/assignments/{id}/extension-requests/{r}/" + (approve ? "approve" : "reject"),
            assignmentId,
            requestId);
    return send(Backend.DIRECTIVE, path, body, approve, requestId, model, request, response);
  }

  @PostMapping("/ky/{obligationId}/{requestId}")
  String decidePeriod(
      @PathVariable String obligationId,
      @PathVariable String requestId,
      @RequestParam String decision,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    boolean approve = "APPROVED".equals(decision);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("decision", approve ? "APPROVED" : "REFUSED");
    body.put("note", Forms.blank(note));
    String path =
        Paths.of(
            "/api/v1/obligations/{id}/extension-requests/{r}/decision", obligationId, requestId);
    return send(Backend.REPORT, path, body, approve, requestId, model, request, response);
  }

  private String send(
      Backend backend,
      String path,
      Map<String, Object> body,
      boolean approve,
      String requestId,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    try {
      apis.current().post(backend, path, body);
      return Navigation.redirect(
          "/gia-han",
          approve ? "Đã duyệt gia hạn; đơn vị sẽ nhận hạn mới." : "Đã từ chối đề nghị gia hạn.",
          request,
          response);
    } catch (ApiRefusal e) {
      model.addAttribute("formError", e.summary());
      model.addAttribute("errorsFor", requestId);
      model.addAttribute("errors", e.fieldErrors());
      return pending(0, model);
    }
  }
}
