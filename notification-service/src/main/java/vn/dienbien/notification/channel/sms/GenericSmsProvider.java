package vn.dienbien.notification.channel.sms;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.dienbien.notification.channel.SendOutcome;

/** The generic JSON gateway: {@code POST /api/v1/sms {requestId, to, text, sender}}. */
final class GenericSmsProvider implements SmsProvider {

  static final String NAME = "generic";

  private final GatewayCall gateway;
  private final String sender;

  GenericSmsProvider(GatewayCall gateway, String sender) {
    this.gateway = gateway;
    this.sender = sender;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SendOutcome send(String requestId, String to, String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", requestId);
    body.put("to", to);
    body.put("text", text);
    body.put("sender", sender);
    GatewayCall.Answer answer = gateway.post("/api/v1/sms", body);
    if (answer.status() == null) {
      return new SendOutcome.Transient(NAME, answer.failure());
    }
    int status = answer.status().value();
    if (status == 200
        && "ACCEPTED".equals(answer.text("status"))
        && answer.text("messageId") != null) {
      return new SendOutcome.Sent(NAME, answer.text("messageId"), null);
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
      return new SendOutcome.Permanent(
          NAME, "gateway rejected the SMS (HTTP " + status + "): " + answer.text("error"));
    }
    return new SendOutcome.Transient(
        NAME,
        status >= 500 || status == 408 || status == 429
            ? "gateway unavailable (HTTP " + status + ")"
            : "gateway answer not understood (HTTP " + status + ")");
  }
}
