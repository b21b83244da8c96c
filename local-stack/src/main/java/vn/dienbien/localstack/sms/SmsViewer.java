package vn.dienbien.localstack.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.dienbien.localstack.web.Http;

/**
 * {@code GET /}: the SMS held back by notification-service (quiet hours) when a source is set, then
 * the SMS the gateway received, newest first; {@code GET /health}: liveness.
 */
final class SmsViewer implements HttpHandler {

  static final String TITLE = "Cổng SMS thử nghiệm";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final SmsStore store;
  private final HeldSms held;

  SmsViewer(SmsStore store, HeldSms held) {
    this.store = store;
    this.held = held;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/health")) {
        Http.sendJson(exchange, 200, Map.of("status", "UP"));
      } else if (!path.equals("/") && !path.equals("/index.html")) {
        Http.sendJson(exchange, 404, Map.of("error", "not found"));
      } else if (!"GET".equals(exchange.getRequestMethod())) {
        Http.sendJson(exchange, 405, Map.of("error", "method not allowed"));
      } else {
        String page = held(held == null ? null : held.fetch()) + received(store.all());
        Http.sendHtml(exchange, Http.page(TITLE, page, 15));
      }
    }
  }

  static String held(HeldSms.Held held) {
    if (held == null) {
      return "";
    }
    if (held.unavailable() != null) {
      return "<h2>Tin đang giữ lại</h2><p class=\"muted\">Không đọc được tin notification-service"
          + " đang giữ lại: "
          + Http.escape(held.unavailable())
          + "</p>";
    }
    StringBuilder rows = new StringBuilder();
    for (HeldSms.Message m : held.messages()) {
      rows.append("<tr class=\"held\"><td>")
          .append(m.dueAt() == null ? "" : TIME.format(m.dueAt()))
          .append("</td><td>")
          .append(Http.escape(m.unitId()))
          .append("<br><span class=\"muted\">cán bộ ")
          .append(Http.escape(m.contactId()))
          .append("</span></td><td><pre>")
          .append(Http.escape(m.text()))
          .append("</pre></td></tr>\n");
    }
    String shown =
        held.total() > NotificationServiceHeldSms.PAGE
            ? " (trong "
                + NotificationServiceHeldSms.PAGE
                + " tin chờ gửi đầu tiên; tổng số tin"
                + " chờ gửi: "
                + held.total()
                + ")"
            : "";
    return "<h2>Tin đang giữ lại: "
        + held.messages().size()
        + "</h2>"
        + "<p class=\"muted\">notification-service giữ lại tin nhắn trong giờ yên tĩnh"
        + " (22:00–07:00) và gửi khi hết giờ; các tin này chưa đến cổng SMS"
        + shown
        + ".</p>"
        + (held.messages().isEmpty()
            ? ""
            : "<table><tr><th>Sẽ gửi lúc</th><th>Đơn vị, người nhận</th><th>Nội dung</th></tr>\n"
                + rows
                + "</table>");
  }

  static String received(List<SmsMessage> messages) {
    StringBuilder rows = new StringBuilder();
    for (SmsMessage m : messages.reversed()) {
      rows.append("<tr><td>")
          .append(TIME.format(m.receivedAt()))
          .append("</td><td>")
          .append(Http.escape(m.to()))
          .append("</td><td>")
          .append(Http.escape(m.sender()))
          .append("</td><td><pre>")
          .append(Http.escape(m.text()))
          .append("</pre><span class=\"muted\">")
          .append(Http.escape(m.messageId()))
          .append(m.requestId() == null ? "" : " · yêu cầu " + Http.escape(m.requestId()))
          .append("</span></td><td>")
          .append(Http.escape(m.provider()))
          .append("</td><td>")
          .append(m.segments())
          .append(m.unicode() ? " (UCS-2)" : " (GSM-7)")
          .append("</td></tr>\n");
    }
    String json = " JSON: <a href=\"/api/v1/sms\">/api/v1/sms</a></p>";
    return "<h2>Tin cổng SMS đã nhận: "
        + messages.size()
        + "</h2>"
        + (messages.isEmpty()
            ? "<p class=\"muted\">Cổng SMS chưa nhận tin nào." + json
            : "<p class=\"muted\">Mới nhất ở trên."
                + json
                + "<table><tr><th>Thời gian</th><th>Số nhận</th><th>Tên gửi</th><th>Nội dung</th>"
                + "<th>API</th><th>Số phần tin</th></tr>\n"
                + rows
                + "</table>");
  }
}
