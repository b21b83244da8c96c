package vn.dienbien.portal.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.directive.Assignment;
import vn.dienbien.portal.web.Forms;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * The monitoring body confirms that a unit has finished a task (directive-service closes the
 * assignment; report-service closes the periods still owed). A second confirmation is refused (409)
 * and the page shows the service's message.
 */
@Controller
@RequestMapping("/tham-dinh/phan-cong")
class CompletionController {

  private final Apis apis;

  CompletionController(Apis apis) {
    this.apis = apis;
  }

  @GetMapping("/{assignmentId}")
  String show(@PathVariable String assignmentId, Model model) {
    return page(load(apis.current(), assignmentId), Map.of(), null, null, model);
  }

  @PostMapping("/{assignmentId}")
  String complete(
      @PathVariable String assignmentId,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    Map<String, Object> body = new HashMap<>();
    body.put("note", Forms.blank(note));
    try {
      api.post(
          Backend.DIRECTIVE, Paths.of("/api/v1/assignments/{id}/complete", assignmentId), body);
      return Navigation.redirect(
          "/tham-dinh/phan-cong/" + UriUtils.encodePathSegment(assignmentId, "UTF-8"),
          "Đã xác nhận đơn vị hoàn thành nhiệm vụ; các kỳ báo cáo còn lại được đóng.",
          request,
          response);
    } catch (ApiRefusal e) {
      return page(load(api, assignmentId), e.fieldErrors(), e.summary(), note, model);
    }
  }

  private static String page(
      Assignment assignment,
      Map<String, String> errors,
      String formError,
      String note,
      Model model) {
    model.addAttribute("assignment", assignment);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("note", note);
    return "review/complete";
  }

  private static Assignment load(Api api, String id) {
    return api.get(Backend.DIRECTIVE, Paths.of("/api/v1/assignments/{id}", id), Assignment.class);
  }
}
