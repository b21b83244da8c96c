package vn.dienbien.testsupport.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request: the request line, headers and body go
 * out exactly as given — an invalid percent sequence, {@code //}, {@code ;x=1} or a NUL — which
 * HTTP client libraries refuse or normalise before sending. For tests of what a server does with
 * malformed requests.
 */
public final class RawHttp {

  /** A response: status, headers (lower-case names) and the de-chunked body. */
  public record Response(int status, Map<String, List<String>> headers, byte[] body) {

    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String contentType() {
      return String.valueOf(header("content-type"));
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isProblem() {
      return contentType().startsWith("application/problem+json");
    }
  }

  private final String host;
  private final int port;

  public RawHttp(int port) {
    this("127.0.0.1", port);
  }

  public RawHttp(String host, int port) {
    this.host = host;
    this.port = port;
  }

  public Response get(String target, Map<String, String> headers) {
    return send("GET", target, headers, null);
  }

  /**
   * Sends {@code method target HTTP/1.1} with {@code headers} (Host and Connection are added) and
   * the body with its Content-Length, unless the headers name a Content-Length or a
   * Transfer-Encoding themselves.
   */
  public Response send(String method, String target, Map<String, String> headers, byte[] body) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 5_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(host).append(':').append(port).append("\r\n");
      head.append("Connection: close\r\n");
      boolean framed = false;
      for (var header : headers.entrySet()) {
        head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        String name = header.getKey().toLowerCase(Locale.ROOT);
        framed |= name.equals("content-length") || name.equals("transfer-encoding");
      }
      if (body != null && !framed) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("request " + method + " " + target + " failed", e);
    }
  }

  static Response parse(byte[] raw) throws IOException {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
    if (end < 0) {
      throw new IOException("no complete response head (" + raw.length + " bytes)");
    }
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(
                lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
    }
    byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
    byte[] body =
        encoding.stream().anyMatch(e -> e.equalsIgnoreCase("chunked")) ? dechunk(rest) : rest;
    return new Response(status, headers, body);
  }

  private static byte[] dechunk(byte[] chunked) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
      int semicolon = sizeLine.indexOf(';');
      int size =
          Integer.parseInt(
              (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      if (size == 0) {
        break;
      }
      body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
      at = lineEnd + 2 + size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
