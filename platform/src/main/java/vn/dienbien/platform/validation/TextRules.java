package vn.dienbien.platform.validation;

import java.text.Normalizer;
import java.util.OptionalInt;

/**
 * The one rule for text people type, applied to every JSON string of a request body and by {@link
 * CleanText}: Unicode NFC (precomposed Vietnamese), no surrounding blanks, and none of the
 * characters that hide or disguise text — control characters other than line breaks and tabs,
 * invisible formatting characters (zero-width space and joiners, word joiner, byte-order mark, soft
 * hyphen), bidirectional overrides and isolates, line/paragraph separators, private-use, unassigned
 * and lone surrogate code points.
 */
public final class TextRules {

  /** The Vietnamese explanation used in errors, naming what is expected. */
  public static final String EXPECTED =
      "văn bản Unicode thông thường: không ký tự điều khiển, ký tự vô hình (zero-width)"
          + " hay ký tự đảo chiều văn bản (bidi)";

  private TextRules() {}

  /** NFC, then trimmed of surrounding white space (including non-breaking spaces). */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String nfc =
        Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    int start = 0;
    int end = nfc.length();
    while (start < end && blank(nfc.charAt(start))) {
      start++;
    }
    while (end > start && blank(nfc.charAt(end - 1))) {
      end--;
    }
    return nfc.substring(start, end);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The index of the first character the rules refuse, if any. */
  public static OptionalInt firstForbidden(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (forbidden(c)) {
        return OptionalInt.of(i);
      }
      i += Character.charCount(c);
    }
    return OptionalInt.empty();
  }

  /** NFC and free of forbidden characters (surrounding blanks are not checked here). */
  public static boolean isClean(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) && firstForbidden(text).isEmpty();
  }

  /** A Vietnamese message naming the offending character and its 1-based position. */
  public static String describe(String text, int index) {
    int c = text.codePointAt(index);
    return String.format(
        "chứa ký tự không được phép U+%04X ở vị trí %d (ký tự điều khiển, vô hình hoặc đảo chiều"
            + " văn bản)",
        c, text.codePointCount(0, index) + 1);
  }

  static boolean forbidden(int c) {
    if (c == '\n' || c == '\r' || c == '\t') {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.UNASSIGNED,
          Character.PRIVATE_USE,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          true;
      default -> false;
    };
  }
}
