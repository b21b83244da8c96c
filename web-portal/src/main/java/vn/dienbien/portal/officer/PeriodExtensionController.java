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
import org.springframework.web.util.UriUtils;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.directive.Assignment;
import vn.dienbien.portal.report.Obligation;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * A unit asks for more time on one reporting period of an ongoing or yearly task (report-service).
 * A fixed-date task is extended per assignment in directive-service: its page is offered instead,
 * as the assignment's kind says, or as report-service answers ({@code extension-per-assignment}).
 */
@Controller
@RequestMapping("/don-vi/gia-han-ky")
class PeriodExtensionController {

  static final String PER_ASSIGNMENT = "extension-per-assignment";

  private final Apis apis;

  PeriodExtensionController(Apis apis) {
    this.apis = apis;
  }

  @GetMapping("/{obligationId}")
  String form(@PathVariable String obligationId, Model model) {
    Api api = apis.current();
    Obligation obligation = load(api, obligationId);
    Panel<Assignment> assignment =
        Panel.load(() ->
            api.get(
                Backend.DIRECTIVE,
                Paths.of("/api/v1/assignments/{id}", obligation.assignmentId()),
                Assignment.class));
    if (assignment.ok() && "FIXED_DATE".equals(assignment.data().deadlineKind())) {
      return "redirect:" + perAssignment(obligation);
    }
    return page(obligation, ExtensionAsk.NONE, null, model);
  }

  @PostMapping("/{obligationId}")
  String ask(
      @PathVariable String obligationId,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate proposedDueDate,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Api api = apis.current();
    ExtensionAsk ask = new ExtensionAsk(proposedDueDate, reason);
    String path = Paths.of("/api/v1/obligations/{id}/extension-requests", obligationId);
    try {
      api.post(Backend.REPORT, path, ask.body());
      return Navigation.redirect(
          "/don-vi/bao-cao/" + UriUtils.encodePathSegment(obligationId, "UTF-8"),
          "Đã gửi đề nghị gia hạn kỳ báo cáo. Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ xem xét,"
              + " quyết định.",
          request,
          response);
    } catch (ApiRefusal e) {
      return refused(api, obligationId, ask, e, model, request, response);
    }
  }

  private String refused(
      Api api,
      String obligationId,
      ExtensionAsk ask,
      ApiRefusal e,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Obligation obligation = load(api, obligationId);
    if (e.conflict() && PER_ASSIGNMENT.equals(e.code())) {
      return Navigation.redirect(
          perAssignment(obligation),
          "Nhiệm vụ này có thời hạn cố định: đề nghị gia hạn theo phân công nhiệm vụ.",
          request,
          response);
    }
    return page(obligation, ask, e, model);
  }

  private static String page(
      Obligation obligation, ExtensionAsk ask, ApiRefusal refusal, Model model) {
    model.addAttribute("obligation", obligation);
    ask.show(model, refusal);
    return "officer/period-extension";
  }

  private static String perAssignment(Obligation obligation) {
    return "/don-vi/gia-han/" + UriUtils.encodePathSegment(obligation.assignmentId(), "UTF-8");
  }

  private static Obligation load(Api api, String id) {
    return api.get(Backend.REPORT, Paths.of("/api/v1/obligations/{id}", id), Obligation.class);
  }
}
