package vn.dienbien.platform.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request whose JSON body was read once (up to a limit) so a unit field can be checked, and is
 * replayed unchanged to the controller.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final byte[] body;

  private CachedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /**
   * Reads at most {@code limit + 1} bytes: a longer body fails later as too large or unreadable.
   */
  static CachedBodyRequest read(HttpServletRequest request, int limit) throws IOException {
    return new CachedBodyRequest(request, request.getInputStream().readNBytes(limit + 1));
  }

  /**
   * True when the body did not fit the limit (a chunked body has no Content-Length to refuse
   * early).
   */
  boolean tooLarge(int limit) {
    return body.length > limit;
  }

  /** A top-level or dotted field of the JSON body, when it is a non-blank string. */
  Optional<String> jsonField(String path) {
    try {
      JsonNode node = JSON.readTree(body);
      for (String part : path.split("\\.")) {
        node = node == null ? null : node.get(part);
      }
      return node != null && node.isString() && !node.asString().isBlank()
          ? Optional.of(node.asString())
          : Optional.empty();
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("synchronous replay only");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String charset =
        getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
    return new BufferedReader(
        new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(charset)));
  }
}
