package vn.dienbien.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id: the caller's {@code X-Request-Id} when it is sane, a new UUID otherwise. */
final class RequestIds {

  static final String HEADER = "X-Request-Id";
  static final String ATTRIBUTE = "platform.requestId";

  // Bounded and plain, so a caller cannot inject log lines or huge values through it.
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  static String of(HttpServletRequest request) {
    String given = request.getHeader(HEADER);
    return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }
}
