package vn.dienbien.notification.channel.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;

/**
 * The shared secret of the gateway's delivery reports. The gateway cannot present a token, so the
 * callback URL it is given carries {@code key=<secret>} and a report is trusted only when the key
 * comes back. Without a configured key no report is trusted.
 */
@Component
public class SmsCallbackKey {

  static final String PARAMETER = "key";

  private final String key;

  public SmsCallbackKey(SmsProperties properties) {
    String configured = properties.esms().callbackKey();
    this.key = configured == null || configured.isBlank() ? null : configured;
  }

  /** True only for the configured key; compared in constant time so timing tells nothing. */
  public boolean accepts(String presented) {
    if (key == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        key.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  /** The callback URL with the key added, for the gateway; unchanged when no key is configured. */
  String appendTo(String url) {
    if (url == null || key == null) {
      return url;
    }
    return url
        + (url.contains("?") ? "&" : "?")
        + PARAMETER
        + "="
        + URLEncoder.encode(key, StandardCharsets.UTF_8);
  }
}
