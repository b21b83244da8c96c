package vn.dienbien.localstack.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.dienbien.localstack.web.Http;

/**
 * {@code GET /}: HTML list of received mail, newest first; {@code GET /api/messages}: the same as
 * JSON.
 */
final class MailViewer implements HttpHandler {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private final Supplier<List<MailView>> messages;
  private final Runnable purge;

  MailViewer(Supplier<List<MailView>> messages, Runnable purge) {
    this.messages = messages;
    this.purge = purge;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().replaceAll("(.)/+$", "$1");
      String method = exchange.getRequestMethod();
      if (path.equals("/api/messages") && method.equals("GET")) {
        Http.sendJson(exchange, 200, messages.get());
      } else if (path.equals("/api/messages") && method.equals("DELETE")) {
        purge.run();
        Http.sendStatus(exchange, 204);
      } else if ((path.equals("/") || path.equals("/index.html")) && method.equals("GET")) {
        Http.sendHtml(exchange, render(messages.get()));
      } else if (path.equals("/health")) {
        Http.sendJson(exchange, 200, Map.of("status", "UP"));
      } else {
        Http.sendJson(exchange, 404, Map.of("error", "not found"));
      }
    }
  }

  static String render(List<MailView> mails) {
    if (mails.isEmpty()) {
      return Http.page(
          "Local mail (GreenMail)",
          "<p class=\"muted\">No mail received yet. JSON: <a href=\"/api/messages\">/api/messages</a></p>");
    }
    StringBuilder rows = new StringBuilder();
    for (int i = mails.size() - 1; i >= 0; i--) {
      MailView m = mails.get(i);
      String body =
          m.text() != null
              ? "<pre>" + Http.escape(m.text()) + "</pre>"
              : m.html() != null
                  ? "<iframe sandbox srcdoc=\""
                      + Http.escape(m.html())
                      + "\" style=\"width:100%;height:20em;border:0\"></iframe>"
                  : "<span class=\"muted\">(no body)</span>";
      rows.append("<tr><td>")
          .append(m.date() == null ? "" : TIME.format(m.date()))
          .append("</td><td>")
          .append(Http.escape(String.join(", ", m.to())))
          .append("<br><span class=\"muted\">from ")
          .append(Http.escape(m.from()))
          .append("</span>")
          .append("</td><td><b>")
          .append(Http.escape(m.subject()))
          .append("</b>")
          .append(body)
          .append("</td></tr>\n");
    }
    return Http.page(
        "Local mail (GreenMail)",
        "<p class=\"muted\">"
            + mails.size()
            + " message(s). JSON: <a href=\"/api/messages\">/api/messages</a></p>"
            + "<table><tr><th>date</th><th>to</th><th>subject and body</th></tr>\n"
            + rows
            + "</table>");
  }
}
