package vn.dienbien.notification.channel.sms;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Shapes SMS text: Vietnamese without diacritics in the GSM-7 alphabet (a 160-character segment
 * costs the same as a 70-character Unicode one), a length limit, and the segment count the operator
 * will bill.
 */
public final class SmsText {

  /** One GSM-7 segment in septets; a concatenated one carries 153 (the rest is its header). */
  public static final int GSM7_SEGMENT = 160;

  private static final String GSM7_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM7_EXTENSION = "^{}\\[~]|€";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String CUT = "...";

  private SmsText() {}

  /**
   * The text to send. GSM-7: without diacritics, cut to one segment; Unicode: NFC, cut to {@code
   * maxLength} characters. A cut ends in "..." (templates are written so that real texts fit).
   */
  public static String shape(String text, SmsEncoding encoding, int maxLength) {
    if (encoding == SmsEncoding.GSM7) {
      return cutToSeptets(toGsm7(text), GSM7_SEGMENT);
    }
    String shaped = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (shaped.length() <= maxLength) {
      return shaped;
    }
    return shaped.substring(0, maxLength - CUT.length()).stripTrailing() + CUT;
  }

  public static boolean isGsm7(String text) {
    return text.chars().allMatch(c -> GSM7_BASIC.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0);
  }

  /** Segments of a concatenated SMS: GSM-7 160 / 153 septets, UCS-2 70 / 67 characters. */
  public static int segments(String text) {
    if (isGsm7(text)) {
      int septets = septets(text);
      return septets <= GSM7_SEGMENT ? 1 : (septets + 152) / 153;
    }
    int units = text.length();
    return units <= 70 ? 1 : (units + 66) / 67;
  }

  /** The encoding an operator will use for {@code text}. */
  public static SmsEncoding encodingOf(String text) {
    return isGsm7(text) ? SmsEncoding.GSM7 : SmsEncoding.UNICODE;
  }

  /**
   * Vietnamese without diacritics, in the GSM-7 alphabet: marks stripped after NFD (ơ → o, ư → u, ệ
   * → e), đ/Đ → d/D, typographic dashes and quotes to their plain forms, anything else outside the
   * alphabet to "?".
   */
  static String toGsm7(String text) {
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder out = new StringBuilder(bare.length());
    for (char c : bare.toCharArray()) {
      out.append(plain(c));
    }
    return out.toString();
  }

  private static String plain(char c) {
    return switch (c) {
      case 'đ' -> "d";
      case 'Đ', 'Ð' -> "D";
      case '–', '—', '‒', '−' -> "-";
      case '“', '”', '„' -> "\"";
      case '‘', '’' -> "'";
      case '…' -> CUT;
      case '\t', '\u00A0' -> " ";
      default -> GSM7_BASIC.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0 ? "" + c : "?";
    };
  }

  private static int septets(String text) {
    return text.chars().map(c -> GSM7_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
  }

  private static String cutToSeptets(String text, int limit) {
    if (septets(text) <= limit) {
      return text;
    }
    int end = text.length();
    while (septets(text.substring(0, end).stripTrailing()) + CUT.length() > limit) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + CUT;
  }
}
