package vn.dienbien.portal.officer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
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
import vn.dienbien.portal.directive.Assignment;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/** A unit asks for more time on a fixed-date task; the monitoring body decides. */
@Controller
@RequestMapping("/don-vi/gia-han")
class ExtensionRequestController {

  private final Apis apis;

  ExtensionRequestController(Apis apis) {
    this.apis = apis;
  }

  @GetMapping("/{assignmentId}")
  String form(@PathVariable String assignmentId, Model model) {
    model.addAttribute("assignment", load(apis.current(), assignmentId));
    ExtensionAsk.NONE.show(model, null);
    return "officer/extension";
  }

  @PostMapping("/{assignmentId}")
  String ask(
      @PathVariable String assignmentId,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate proposedDueDate,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    ExtensionAsk ask = new ExtensionAsk(proposedDueDate, reason);
    try {
      api.post(
          Backend.DIRECTIVE,
          Paths.of("/api/v1/assignments/{id}/extension-requests", assignmentId),
          ask.body());
      return Navigation.redirect(
          "/don-vi/nhiem-vu",
          "Đã gửi đề nghị gia hạn. Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ xem xét, quyết định.",
          request,
          response);
    } catch (ApiRefusal e) {
      model.addAttribute("assignment", load(api, assignmentId));
      ask.show(model, e);
      return "officer/extension";
    }
  }

  private static Assignment load(Api api, String id) {
    return api.get(Backend.DIRECTIVE, Paths.of("/api/v1/assignments/{id}", id), Assignment.class);
  }
}
