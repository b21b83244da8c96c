package vn.dienbien.platform.validation;

/**
 * Regular expressions built from what people typed: every character that is not a letter, a digit
 * or a space is escaped, control characters as {@code \x{hh}}, so the text matches itself and
 * nothing else, in Java's engine and in MongoDB's PCRE alike (a NUL inside {@code \Q…\E} breaks
 * MongoDB's C-string regex).
 */
public final class Regexes {

  private Regexes() {}

  public static String literal(String text) {
    StringBuilder regex = new StringBuilder(text.length() * 2);
    text.codePoints()
        .forEach(c -> {
          if (Character.isLetterOrDigit(c) || c == ' ') {
            regex.appendCodePoint(c);
          } else if (c < 0x20 || c == 0x7f) {
            regex.append(String.format("\\x{%02x}", c));
          } else if (c < 0x80) {
            regex.append('\\').append((char) c);
          } else {
            regex.appendCodePoint(c);
          }
        });
    return regex.toString();
  }

  /** Matches strings starting with {@code prefix}. */
  public static String prefix(String prefix) {
    return "^" + literal(prefix);
  }
}
