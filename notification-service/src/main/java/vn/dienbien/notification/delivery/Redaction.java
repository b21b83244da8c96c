package vn.dienbien.notification.delivery;

import java.util.regex.Pattern;

/**
 * Strips anything that looks like an address from provider error texts before they reach the
 * delivery log or an event: gateways like to echo the phone number they refused.
 */
final class Redaction {

  private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"']+@[^\\s@<>\"']+");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d .-]{7,}\\d");

  private Redaction() {}

  static String of(String text) {
    if (text == null) {
      return null;
    }
    String redacted =
        PHONE.matcher(EMAIL.matcher(text).replaceAll("[email]")).replaceAll("[phone]");
    return redacted.length() > 300 ? redacted.substring(0, 300) : redacted;
  }
}
