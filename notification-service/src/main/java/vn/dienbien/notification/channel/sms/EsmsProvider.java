package vn.dienbien.notification.channel.sms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.dienbien.notification.channel.SendOutcome;

/**
 * eSMS-style brandname API. Business errors arrive as HTTP 200 with a {@code CodeResult} other than
 * 100; 99 (unspecified) and 103 (balance) may pass, the others (credentials, brandname, SMS type)
 * will not without an operator.
 */
final class EsmsProvider implements SmsProvider {

  static final String NAME = "esms";
  static final String PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";
  private static final Set<String> RETRYABLE = Set.of("99", "103");

  private final GatewayCall gateway;
  private final SmsProperties properties;
  private final Supplier<String> callbackUrl;

  EsmsProvider(GatewayCall gateway, SmsProperties properties, Supplier<String> callbackUrl) {
    this.gateway = gateway;
    this.properties = properties;
    this.callbackUrl = callbackUrl;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SendOutcome send(String requestId, String to, String text) {
    GatewayCall.Answer answer = gateway.post(PATH, body(requestId, to, text));
    if (answer.status() == null) {
      return new SendOutcome.Transient(NAME, answer.failure());
    }
    int status = answer.status().value();
    String code = answer.text("CodeResult");
    if (status != 200 || code == null) {
      return new SendOutcome.Transient(NAME, "gateway answer not understood (HTTP " + status + ")");
    }
    if ("100".equals(code) && answer.text("SMSID") != null) {
      return new SendOutcome.Sent(NAME, answer.text("SMSID"), null);
    }
    String reason = "CodeResult " + code + ": " + answer.text("ErrorMessage");
    return RETRYABLE.contains(code)
        ? new SendOutcome.Transient(NAME, reason)
        : new SendOutcome.Permanent(NAME, reason);
  }

  private Map<String, Object> body(String requestId, String to, String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ApiKey", properties.esms().apiKey());
    body.put("SecretKey", properties.esms().secretKey());
    // eSMS expects the national form 0912345678.
    body.put("Phone", to.startsWith("+84") ? "0" + to.substring(3) : to);
    body.put("Content", text);
    body.put("Brandname", properties.sender());
    body.put("SmsType", "2");
    body.put("IsUnicode", SmsText.isGsm7(text) ? "0" : "1");
    body.put("RequestId", requestId);
    String callback = callbackUrl.get();
    if (callback != null) {
      body.put("CallbackUrl", callback);
    }
    return body;
  }
}
