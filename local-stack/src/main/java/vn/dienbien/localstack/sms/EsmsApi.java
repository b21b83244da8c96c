package vn.dienbien.localstack.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.dienbien.localstack.web.Http;

/**
 * eSMS-style brandname API: {@code POST /MainService.svc/json/SendMultipleMessage_V4_post_json/}.
 * Business errors come back as HTTP 200 with a {@code CodeResult} other than 100, as eSMS does.
 */
final class EsmsApi implements HttpHandler {

  static final String PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json";

  private final SmsStore store;
  private final DeliveryReports reports;
  private final String apiKey;
  private final String secretKey;

  EsmsApi(SmsStore store, DeliveryReports reports, String apiKey, String secretKey) {
    this.store = store;
    this.reports = reports;
    this.apiKey = apiKey;
    this.secretKey = secretKey;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        Http.sendJson(exchange, 405, error("99", "method not allowed, use POST"));
        return;
      }
      int failure = store.takeFailure();
      if (failure != 0) {
        Http.sendJson(exchange, failure, error("99", "simulated gateway outage"));
        return;
      }
      JsonNode body;
      try {
        body = Http.JSON.readTree(Http.readBody(exchange));
      } catch (IOException e) {
        body = null;
      }
      if (body == null || !body.isObject()) {
        Http.sendJson(exchange, 400, error("99", "request body must be a JSON object"));
        return;
      }
      Http.sendJson(exchange, 200, send(body));
    }
  }

  private Map<String, Object> send(JsonNode body) {
    if (!apiKey.equals(JsonFields.text(body, "ApiKey"))
        || !secretKey.equals(JsonFields.text(body, "SecretKey"))) {
      return error("101", "ApiKey or SecretKey is missing or wrong");
    }
    String phone = JsonFields.text(body, "Phone");
    String content = JsonFields.text(body, "Content");
    String brandname = JsonFields.text(body, "Brandname");
    String smsType = JsonFields.text(body, "SmsType");
    String isUnicode = JsonFields.text(body, "IsUnicode");
    if (phone == null || JsonFields.phoneProblem(phone) != null) {
      return error(
          "99", "Phone: " + (phone == null ? "is required" : JsonFields.phoneProblem(phone)));
    }
    if (content == null || content.length() > JsonFields.MAX_TEXT) {
      return error("99", "Content is required and at most " + JsonFields.MAX_TEXT + " characters");
    }
    if (brandname == null) {
      return error("104", "Brandname is missing or not registered");
    }
    if (!"2".equals(smsType)) {
      return error("118", "SmsType must be 2 (brandname customer care)");
    }
    if (isUnicode != null && !isUnicode.equals("0") && !isUnicode.equals("1")) {
      return error("99", "IsUnicode must be 0 or 1");
    }
    boolean unicode = "1".equals(isUnicode);
    SmsMessage candidate =
        new SmsMessage(
            UUID.randomUUID().toString(),
            JsonFields.text(body, "RequestId"),
            phone,
            brandname,
            content,
            SmsMessage.ESMS,
            SmsSegments.count(content, unicode),
            unicode,
            Instant.now());
    SmsStore.Stored stored = store.store(candidate);
    String callbackUrl = JsonFields.text(body, "CallbackUrl");
    if (callbackUrl != null && !stored.duplicate()) {
      reports.schedule(callbackUrl, stored.message());
    }
    Map<String, Object> ok = new LinkedHashMap<>();
    ok.put("CodeResult", "100");
    ok.put("CountRegenerate", 0);
    ok.put("SMSID", stored.message().messageId());
    return ok;
  }

  private static Map<String, Object> error(String code, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("CodeResult", code);
    error.put("ErrorMessage", message);
    return error;
  }
}
