package vn.dienbien.notification.channel.sms;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Shapes SMS text: optional removal of Vietnamese diacritics (GSM-7 costs a third of UCS-2 per
 * segment), a length limit, and the segment count the operator will bill.
 */
public final class SmsText {

  private static final String GSM7_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM7_EXTENSION = "^{}\\[~]|€";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private SmsText() {}

  /**
   * The text to send: folded to ASCII letters if asked, then cut to {@code maxLength} characters.
   */
  public static String shape(String text, boolean withoutDiacritics, int maxLength) {
    String shaped =
        withoutDiacritics ? fold(text) : Normalizer.normalize(text, Normalizer.Form.NFC);
    if (shaped.length() <= maxLength) {
      return shaped;
    }
    return shaped.substring(0, maxLength - 3).stripTrailing() + "...";
  }

  public static boolean isGsm7(String text) {
    return text.chars().allMatch(c -> GSM7_BASIC.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0);
  }

  /** Segments of a concatenated SMS: GSM-7 160 / 153 septets, UCS-2 70 / 67 characters. */
  public static int segments(String text) {
    if (isGsm7(text)) {
      int septets = text.chars().map(c -> GSM7_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
      return septets <= 160 ? 1 : (septets + 152) / 153;
    }
    int units = text.length();
    return units <= 70 ? 1 : (units + 66) / 67;
  }

  static String fold(String text) {
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return bare.replace('đ', 'd')
        .replace('Đ', 'D')
        .replace('–', '-')
        .replace('“', '"')
        .replace('”', '"');
  }
}
