package vn.dienbien.localstack.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.dienbien.localstack.web.Http;

/** {@code GET /}: HTML table of received SMS, newest first; {@code GET /health}: liveness. */
final class SmsViewer implements HttpHandler {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private final SmsStore store;

  SmsViewer(SmsStore store) {
    this.store = store;
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
        Http.sendHtml(exchange, render(store.all()));
      }
    }
  }

  static String render(List<SmsMessage> messages) {
    StringBuilder rows = new StringBuilder();
    for (int i = messages.size() - 1; i >= 0; i--) {
      SmsMessage m = messages.get(i);
      rows.append("<tr><td>")
          .append(TIME.format(m.receivedAt()))
          .append("</td><td>")
          .append(Http.escape(m.to()))
          .append("</td><td>")
          .append(Http.escape(m.sender()))
          .append("</td><td><pre>")
          .append(Http.escape(m.text()))
          .append("</pre>")
          .append("<span class=\"muted\">")
          .append(Http.escape(m.messageId()))
          .append(m.requestId() == null ? "" : " · request " + Http.escape(m.requestId()))
          .append("</span></td><td>")
          .append(Http.escape(m.provider()))
          .append("</td><td>")
          .append(m.segments())
          .append(m.unicode() ? " (UCS-2)" : " (GSM-7)")
          .append("</td></tr>\n");
    }
    String table =
        messages.isEmpty()
            ? "<p class=\"muted\">No SMS received yet. JSON: <a href=\"/api/v1/sms\">/api/v1/sms</a></p>"
            : "<p class=\"muted\">"
                + messages.size()
                + " message(s). JSON: <a href=\"/api/v1/sms\">/api/v1/sms</a></p>"
                + "<table><tr><th>time</th><th>to</th><th>sender</th><th>text</th><th>provider</th>"
                + "<th>segments</th></tr>\n"
                + rows
                + "</table>";
    return Http.page("Local SMS gateway", table);
  }
}
