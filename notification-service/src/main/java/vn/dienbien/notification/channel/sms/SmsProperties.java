package vn.dienbien.notification.channel.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.sms}. Credentials come from the environment only.
 *
 * @param provider {@code esms} (brandname API) or {@code generic} (JSON HTTP API)
 * @param baseUrl gateway base URL ({@code SMS_GATEWAY_URL})
 * @param sender brandname / sender name
 * @param encoding GSM-7 (without diacritics, one 160-character segment) or Unicode, for routine and
 *     critical messages and per notification kind ({@link SmsEncoding.Policy})
 * @param maxLength longest Unicode text sent; longer texts are cut
 * @param timeout connect and read timeout towards the gateway
 */
@ConfigurationProperties("notification.sms")
public record SmsProperties(
    String provider,
    String baseUrl,
    String sender,
    SmsEncoding.Policy encoding,
    Integer maxLength,
    Duration timeout,
    Esms esms) {

  public SmsProperties {
    provider = provider == null ? "generic" : provider;
    baseUrl = baseUrl == null ? "http://127.0.0.1:8090" : baseUrl.replaceAll("/+$", "");
    sender = sender == null ? "TINHUY-DB" : sender;
    encoding = encoding == null ? new SmsEncoding.Policy(null, null, null) : encoding;
    maxLength = maxLength == null ? 320 : maxLength;
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    esms = esms == null ? new Esms(null, null, null, null) : esms;
  }

  /**
   * @param callbackUrl where the gateway posts delivery reports; derived from the local port when
   *     blank
   * @param callbackKey shared secret the gateway must send back as {@code ?key=} with every
   *     delivery report ({@code SMS_CALLBACK_KEY}); the report carries no token, so blank = reports
   *     refused
   */
  public record Esms(String apiKey, String secretKey, String callbackUrl, String callbackKey) {}
}
