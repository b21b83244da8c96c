package vn.dienbien.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects JSON bodies over {@code platform.web.max-json-body} (default 256 KB) with 413 before they
 * are read. Multipart uploads have their own limits (spring.servlet.multipart.*).
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final DataSize limit;

  RequestSizeLimitFilter(DataSize limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    boolean json = type != null && type.toLowerCase().contains("json");
    long length = request.getContentLengthLong();
    if (json && length > limit.toBytes()) {
      refuse(response);
      return;
    }
    if (!json || length >= 0) {
      chain.doFilter(request, response);
      return;
    }
    // Chunked bodies announce no length: count them as they are read, wherever they are read.
    try {
      chain.doFilter(new LimitedBodyRequest(request, limit.toBytes()), response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!tooLarge(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      refuse(response);
    }
  }

  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LimitedBodyRequest.BodyTooLargeException) {
        return true;
      }
    }
    return false;
  }

  private void refuse(HttpServletResponse response) throws IOException {
    Problems.write(
        response,
        Problems.of(
            HttpStatus.CONTENT_TOO_LARGE,
            "payload-too-large",
            "Dữ liệu quá lớn",
            "Nội dung gửi lên vượt quá " + limit.toKilobytes() + " KB",
            List.of()));
  }
}
