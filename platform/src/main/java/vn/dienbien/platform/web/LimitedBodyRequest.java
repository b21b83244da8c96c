package vn.dienbien.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Counts the bytes of a body whose length was not announced (chunked transfer) and fails the read
 * once it passes the limit, so a client cannot bypass the Content-Length check.
 */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

  /** Thrown from the body stream; answered as 413 by {@link ProblemDetailsAdvice}. */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit) {
      super("request body larger than " + limit + " bytes");
    }

    /** Whether {@code e} or one of its causes is this exception. */
    static boolean caused(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BodyTooLargeException) {
          return true;
        }
      }
      return false;
    }
  }

  private final long limit;

  LimitedBodyRequest(HttpServletRequest request, long limit) {
    super(request);
    this.limit = limit;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    return new Limited(super.getInputStream(), limit);
  }

  /** The request's stream, failing once more than {@code limit} bytes have been read. */
  private static final class Limited extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long count;

    Limited(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0 && ++count > limit) {
        throw new BodyTooLargeException(limit);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0 && (count += n) > limit) {
        throw new BodyTooLargeException(limit);
      }
      return n;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
