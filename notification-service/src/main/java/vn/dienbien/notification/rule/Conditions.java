package vn.dienbien.notification.rule;

import java.util.Objects;

/** The small condition language of rules: equality, {@code >=n}, {@code <=n}, {@code a..b}. */
final class Conditions {

  private Conditions() {}

  static boolean matches(String condition, Object value) {
    if (value == null) {
      return false;
    }
    String expected = condition.strip();
    if (expected.startsWith(">=")) {
      return number(value) >= Long.parseLong(expected.substring(2).strip());
    }
    if (expected.startsWith("<=")) {
      return number(value) <= Long.parseLong(expected.substring(2).strip());
    }
    int range = expected.indexOf("..");
    if (range > 0) {
      long n = number(value);
      return n >= Long.parseLong(expected.substring(0, range).strip())
          && n <= Long.parseLong(expected.substring(range + 2).strip());
    }
    return Objects.equals(expected, String.valueOf(value));
  }

  /** Rejects a condition the parser would misread, at start-up rather than at the first event. */
  static void check(String condition) {
    String expected = condition.strip();
    if (expected.startsWith(">=") || expected.startsWith("<=")) {
      Long.parseLong(expected.substring(2).strip());
    } else if (expected.indexOf("..") > 0) {
      matches(expected, 0);
    }
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
  }
}
