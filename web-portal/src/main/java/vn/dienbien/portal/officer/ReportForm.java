package vn.dienbien.portal.officer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.dienbien.portal.report.Report;
import vn.dienbien.portal.web.Forms;

/**
 * What an officer types into a report; field names are the API's, so the service's field messages
 * land beside the right field. {@code key} identifies this one filling-in of the form: a second
 * post of the same key (double click, back and resend) is not sent again.
 */
public record ReportForm(
    Integer progressPercent,
    String status,
    String results,
    String difficulties,
    String proposals,
    String key) {

  static ReportForm blank() {
    return new ReportForm(null, null, null, null, null, UUID.randomUUID().toString());
  }

  /** A resubmission starts from the returned report, so the officer only changes what was asked. */
  static ReportForm from(Report previous) {
    var c = previous.content();
    return new ReportForm(
        c.progressPercent(),
        c.status(),
        c.results(),
        c.difficulties(),
        c.proposals(),
        UUID.randomUUID().toString());
  }

  Map<String, Object> body(String obligationId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("obligationId", obligationId);
    body.put("progressPercent", progressPercent);
    body.put("status", status);
    body.put("results", results);
    body.put("difficulties", Forms.blank(difficulties));
    body.put("proposals", Forms.blank(proposals));
    return body;
  }
}
