package vn.dienbien.portal.officer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.web.Forms;

/**
 * What an officer types to ask for more time, on one reporting period (report-service) or on a
 * fixed-date assignment (directive-service): the same two fields, sent as the same body, and on a
 * refusal shown again with the service's messages beside them ({@code officer/items ::
 * extensionFields}).
 */
record ExtensionAsk(LocalDate proposedDueDate, String reason) {

  static final ExtensionAsk NONE = new ExtensionAsk(null, null);

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("proposedDueDate", proposedDueDate);
    body.put("reason", Forms.blank(reason));
    return body;
  }

  /** Puts what was typed and the service's answer (if any) on the page. */
  void show(Model model, ApiRefusal refusal) {
    model.addAttribute("errors", refusal == null ? Map.of() : refusal.fieldErrors());
    model.addAttribute("formError", refusal == null ? null : refusal.summary());
    model.addAttribute("reason", reason);
    model.addAttribute("proposedDueDate", proposedDueDate);
  }
}
