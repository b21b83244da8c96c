package vn.dienbien.localstack.sms;

import java.text.Normalizer;

/** Counts SMS segments the way carriers do: GSM-7 (160, or 153 per part) or UCS-2 (70 / 67). */
final class SmsSegments {

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

  private SmsSegments() {}

  /** True when every character fits the GSM 03.38 alphabet (basic or extension table). */
  static boolean isGsm7(String text) {
    return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENDED.indexOf(c) >= 0);
  }

  /** Segments for the text sent as UCS-2 when {@code unicode}, else as GSM-7 without diacritics. */
  static int count(String text, boolean unicode) {
    if (unicode) {
      int units = text.length();
      return units <= 70 ? 1 : (units + 66) / 67;
    }
    int septets = 0;
    for (char c : stripDiacritics(text).toCharArray()) {
      septets += GSM_EXTENDED.indexOf(c) >= 0 ? 2 : 1;
    }
    return septets <= 160 ? 1 : (septets + 152) / 153;
  }

  /** Vietnamese text as a non-Unicode brandname SMS delivers it: "Điện Biên" → "Dien Bien". */
  static String stripDiacritics(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
  }
}
