package vn.dienbien.localstack.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.dienbien.localstack.web.Http;

/**
 * Generic JSON SMS API: {@code POST /api/v1/sms} with {@code requestId, to, text, sender}, {@code
 * GET /api/v1/sms} lists what was received, {@code DELETE /api/v1/sms} clears it.
 */
final class GenericSmsApi implements HttpHandler {

  static final String PATH = "/api/v1/sms";
  static final String DEFAULT_SENDER = "DIENBIEN";

  private final SmsStore store;

  GenericSmsApi(SmsStore store) {
    this.store = store;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().replaceAll("/+$", "").equals(PATH)) {
        Http.sendJson(exchange, 404, Map.of("status", "REJECTED", "error", "not found"));
        return;
      }
      switch (exchange.getRequestMethod()) {
        case "POST" -> send(exchange);
        case "GET" -> Http.sendJson(exchange, 200, store.all());
        case "DELETE" -> {
          store.reset();
          Http.sendStatus(exchange, 204);
        }
        default ->
            Http.sendJson(
                exchange, 405, Map.of("status", "REJECTED", "error", "method not allowed"));
      }
    }
  }

  private void send(HttpExchange exchange) throws IOException {
    int failure = store.takeFailure();
    if (failure != 0) {
      Http.sendJson(
          exchange, failure, Map.of("status", "ERROR", "error", "simulated gateway outage"));
      return;
    }
    JsonNode body;
    try {
      body = Http.JSON.readTree(Http.readBody(exchange));
    } catch (IOException e) {
      reject(exchange, "request body is not valid JSON");
      return;
    }
    if (body == null || !body.isObject()) {
      reject(exchange, "request body must be a JSON object");
      return;
    }
    String requestId = JsonFields.text(body, "requestId");
    String to = JsonFields.text(body, "to");
    String text = JsonFields.text(body, "text");
    String sender = JsonFields.text(body, "sender");
    String problem =
        requestId == null
            ? "requestId is required"
            : to == null
                ? "to is required"
                : text == null
                    ? "text is required"
                    : JsonFields.phoneProblem(to) != null
                        ? "to: " + JsonFields.phoneProblem(to)
                        : text.length() > JsonFields.MAX_TEXT
                            ? "text is longer than " + JsonFields.MAX_TEXT + " characters"
                            : null;
    if (problem != null) {
      reject(exchange, problem);
      return;
    }
    boolean unicode = !SmsSegments.isGsm7(text);
    SmsMessage candidate =
        new SmsMessage(
            UUID.randomUUID().toString(),
            requestId,
            to,
            sender == null ? DEFAULT_SENDER : sender,
            text,
            SmsMessage.GENERIC,
            SmsSegments.count(text, unicode),
            unicode,
            Instant.now());
    SmsMessage stored = store.store(candidate).message();
    Http.sendJson(exchange, 200, Map.of("status", "ACCEPTED", "messageId", stored.messageId()));
  }

  private static void reject(HttpExchange exchange, String error) throws IOException {
    Http.sendJson(exchange, 400, Map.of("status", "REJECTED", "error", error));
  }
}
