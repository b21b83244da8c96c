package vn.dienbien.portal.officer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.ServiceDown;
import vn.dienbien.portal.report.Obligation;
import vn.dienbien.portal.web.Formats;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * One obligation: its report history with the reviewers' comments, and the report form (with
 * evidence files) while the unit owes a report. The service validates; its field messages are shown
 * beside the fields.
 */
@Controller
@RequestMapping("/don-vi/bao-cao")
class ReportController {

  private final Apis apis;
  private final Formats formats;

  ReportController(Apis apis, Formats formats) {
    this.apis = apis;
    this.formats = formats;
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model) {
    Obligation obligation = load(apis.current(), id);
    model.addAttribute("obligation", obligation);
    if (!model.containsAttribute("form")) {
      var current = obligation.current();
      model.addAttribute(
          "form",
          current != null && "RETURNED".equals(obligation.state())
              ? ReportForm.from(current)
              : ReportForm.blank());
    }
    model.addAttribute("errors", Map.of());
    return "officer/report";
  }

  @PostMapping(path = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String submit(
      @PathVariable String id,
      @ModelAttribute("form") ReportForm form,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Model model,
      HttpSession session,
      HttpServletRequest request,
      HttpServletResponse response) {
    String location = "/don-vi/bao-cao/" + UriUtils.encodePathSegment(id, "UTF-8");
    if (!SubmissionKeys.claim(session, form.key())) {
      return Navigation.redirect(
          location, "Báo cáo này đã được gửi; không gửi lại lần nữa.", request, response);
    }
    Api api = apis.current();
    try {
      var sent = api.postMultipart(Backend.REPORT, "/api/v1/reports", parts(id, form, files));
      return Navigation.redirect(location, sentMessage(sent), request, response);
    } catch (ApiRefusal e) {
      if (e.conflict() && "report-pending-review".equals(e.code())) {
        return Navigation.redirect(
            location, "Báo cáo kỳ này đã được gửi và đang chờ thẩm định.", request, response);
      }
      SubmissionKeys.release(session, form.key());
      return formAgain(api, id, form, e.fieldErrors(), e.summary(), model);
    } catch (ServiceDown e) {
      SubmissionKeys.release(session, form.key());
      return formAgain(api, id, form, Map.of(), notSent(e), model);
    }
  }

  private String sentMessage(JsonNode sent) {
    return "Đã gửi báo cáo lần "
        + sent.path("revision").asInt()
        + " lúc "
        + formats.dateTime(java.time.Instant.parse(sent.path("submittedAt").asString()))
        + ". Báo cáo đang chờ thẩm định.";
  }

  private static String notSent(ServiceDown e) {
    return e.getMessage()
        + " Báo cáo chưa được gửi; nội dung bạn nhập vẫn còn, hãy chọn lại tệp rồi gửi.";
  }

  private String formAgain(
      Api api,
      String id,
      ReportForm form,
      Map<String, String> errors,
      String message,
      Model model) {
    model.addAttribute("obligation", load(api, id));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", message);
    return "officer/report";
  }

  private static Obligation load(Api api, String id) {
    return api.get(Backend.REPORT, Paths.of("/api/v1/obligations/{id}", id), Obligation.class);
  }

  private static MultiValueMap<String, HttpEntity<?>> parts(
      String obligationId, ReportForm form, List<MultipartFile> files) {
    MultiValueMap<String, HttpEntity<?>> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("report", new HttpEntity<>(form.body(obligationId), json));
    if (files != null) {
      for (MultipartFile file : files) {
        if (!file.isEmpty()) {
          HttpHeaders headers = new HttpHeaders();
          headers.setContentType(
              file.getContentType() == null
                  ? MediaType.APPLICATION_OCTET_STREAM
                  : MediaType.parseMediaType(file.getContentType()));
          headers.setContentDisposition(
              ContentDisposition.formData()
                  .name("files")
                  .filename(file.getOriginalFilename())
                  .build());
          parts.add("files", new HttpEntity<>(file.getResource(), headers));
        }
      }
    }
    return parts;
  }
}
