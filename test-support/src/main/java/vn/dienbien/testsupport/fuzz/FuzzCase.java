package vn.dienbien.testsupport.fuzz;

import java.util.Map;

/**
 * One request of the fuzz run, sent byte for byte.
 *
 * @param kind the class of bad input (path, query, body, multipart, headers, token…)
 * @param what what was done, for the report
 * @param token VALID (a token with every role), NONE, GARBAGE or FOREIGN (another audience)
 */
record FuzzCase(
    ApiOperation operation,
    String kind,
    String what,
    String method,
    String target,
    Map<String, String> headers,
    byte[] body,
    Token token) {

  enum Token {
    VALID,
    NONE,
    GARBAGE,
    FOREIGN
  }

  @Override
  public String toString() {
    return operation.key() + " [" + kind + "] " + what + " → " + method + " " + abbreviate(target);
  }

  private static String abbreviate(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }
}
