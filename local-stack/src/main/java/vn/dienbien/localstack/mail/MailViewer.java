package vn.dienbien.localstack.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dienbien.localstack.web.Http;

/**
 * The local mail viewer. {@code GET /}: the list, newest first, adding new mail as it arrives;
 * {@code GET /thu/{n}}: message n; {@code GET /rows?after=n}: the list rows of the messages after
 * n; {@code GET /api/messages[?after=n]} and {@code /api/messages/{n}}: the same as JSON; {@code
 * DELETE /api/messages}: empty the mailboxes.
 */
final class MailViewer implements HttpHandler {

  private static final Pattern ONE = Pattern.compile("/(?:thu|api/messages)/(\\d{1,9})");
  private static final Pattern AFTER = Pattern.compile("(?:^|&)after=(\\d{1,9})(?:&|$)");

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
      Matcher one = ONE.matcher(path);
      if (path.equals("/api/messages") && method.equals("DELETE")) {
        purge.run();
        Http.sendStatus(exchange, 204);
      } else if (!method.equals("GET")) {
        Http.sendJson(exchange, 405, Map.of("error", "method not allowed"));
      } else if (path.equals("/api/messages")) {
        Http.sendJson(exchange, 200, after(exchange));
      } else if (path.equals("/rows")) {
        byte[] rows = MailPages.rows(after(exchange)).getBytes(StandardCharsets.UTF_8);
        Http.send(exchange, 200, "text/html; charset=utf-8", rows);
      } else if (one.matches()) {
        message(exchange, Integer.parseInt(one.group(1)), path.startsWith("/api/"));
      } else if (path.equals("/") || path.equals("/index.html")) {
        Http.sendHtml(exchange, MailPages.list(messages.get()));
      } else if (path.equals("/health")) {
        Http.sendJson(exchange, 200, Map.of("status", "UP"));
      } else {
        Http.sendJson(exchange, 404, Map.of("error", "not found"));
      }
    }
  }

  private void message(HttpExchange exchange, int id, boolean json) throws IOException {
    List<MailView> all = messages.get();
    Optional<MailView> found = all.stream().filter(m -> m.id() == id).findFirst();
    if (found.isEmpty()) {
      Http.sendJson(exchange, 404, Map.of("error", "Không có thư số " + id));
    } else if (json) {
      Http.sendJson(exchange, 200, found.get());
    } else {
      Http.sendHtml(exchange, MailPages.message(found.get(), all.size()));
    }
  }

  /** The messages after {@code ?after=n} (all without it), oldest first. */
  private List<MailView> after(HttpExchange exchange) {
    String query = exchange.getRequestURI().getRawQuery();
    Matcher m = AFTER.matcher(query == null ? "" : query);
    int after = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return messages.get().stream().filter(v -> v.id() > after).toList();
  }
}
