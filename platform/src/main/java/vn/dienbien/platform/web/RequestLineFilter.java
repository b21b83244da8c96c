package vn.dienbien.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dienbien.platform.validation.TextRules;

/**
 * First thing after observation: the path and the query string must be valid percent-encoded UTF-8
 * without control, invisible or bidi characters, and the parameters must parse. Anything else is a
 * 400 problem naming the part, before Tomcat's parameter parsing can fail inside a filter (a 500)
 * or a NUL reaches a query.
 */
class RequestLineFilter extends OncePerRequestFilter {

  static final String EXPECTED =
      "chuỗi UTF-8 mã hóa phần trăm (percent-encoding) hợp lệ, không ký tự điều khiển";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<ApiProblem.FieldError> error =
        check("path", request.getRequestURI(), false)
            .or(() -> query(request.getQueryString()))
            .or(() -> parameters(request));
    if (error.isPresent()) {
      Problems.write(response, Problems.invalid(List.of(error.get())));
      return;
    }
    chain.doFilter(request, response);
  }

  private static Optional<ApiProblem.FieldError> query(String query) {
    if (query == null || query.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      Optional<String> decodedName = decode(name, true);
      String label = decodedName.filter(TextRules::isClean).orElse("query");
      Optional<ApiProblem.FieldError> bad =
          check(label, name, true)
              .or(() ->
                  equals < 0 ? Optional.empty() : check(label, pair.substring(equals + 1), true));
      if (bad.isPresent()) {
        return bad;
      }
    }
    return Optional.empty();
  }

  /** Tomcat parses parameters lazily; make it happen here, where a failure can be answered. */
  private static Optional<ApiProblem.FieldError> parameters(HttpServletRequest request) {
    try {
      request.getParameterMap();
      return Optional.empty();
    } catch (IllegalStateException e) {
      return Optional.of(
          new ApiProblem.FieldError("query", "không đọc được các tham số", EXPECTED, null));
    }
  }

  private static Optional<ApiProblem.FieldError> check(String field, String raw, boolean form) {
    Optional<String> decoded = decode(raw, form);
    if (decoded.isEmpty()) {
      return Optional.of(
          new ApiProblem.FieldError(field, "không phải chuỗi UTF-8 mã hóa hợp lệ", EXPECTED, null));
    }
    OptionalInt bad = TextRules.firstForbidden(decoded.get());
    return bad.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new ApiProblem.FieldError(
                field, TextRules.describe(decoded.get(), bad.getAsInt()), EXPECTED, null));
  }

  /**
   * Strict percent-decoding as UTF-8; empty when a sequence is malformed or not UTF-8. Raw bytes
   * above 0x7f arrive from Tomcat as ISO-8859-1 characters and are taken as the bytes they are.
   */
  static Optional<String> decode(String raw, boolean form) {
    return percentDecoded(raw, form).flatMap(RequestLineFilter::utf8);
  }

  /** The bytes {@code raw} stands for; empty when a percent sequence is cut short or not hex. */
  private static Optional<byte[]> percentDecoded(String raw, boolean form) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c > 0xff) {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      } else {
        bytes.write(form && c == '+' ? ' ' : c);
      }
    }
    return Optional.of(bytes.toByteArray());
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
