package vn.dienbien.localstack.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Small helpers shared by the JDK HttpServer based viewers and the SMS gateway. */
public final class Http {

  /**
   * Jackson 2 mapper used by every local HTTP endpoint; Instants as ISO-8601 text. Only
   * jackson-databind is needed (no JSR-310 module), so tests elsewhere can embed the SMS gateway
   * with nothing but jackson-databind on their classpath.
   */
  public static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(
              new SimpleModule("iso-instant")
                  .addSerializer(Instant.class, ToStringSerializer.instance))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final int MAX_BODY = 1 << 20;

  private Http() {}

  /** Creates a server bound to host:port (port 0 = any free port) with a small thread pool. */
  public static HttpServer create(String host, int port, String threadName) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 50);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    return server;
  }

  /** Stops a server created by {@link #create} and its thread pool. */
  public static void stop(HttpServer server) {
    server.stop(0);
    if (server.getExecutor() instanceof ExecutorService pool) {
      pool.shutdownNow();
    }
  }

  public static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw new IOException("request body larger than " + MAX_BODY + " bytes");
      }
      return body;
    }
  }

  public static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
    send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
  }

  public static void sendHtml(HttpExchange exchange, String html) throws IOException {
    send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  public static void sendStatus(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  public static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Page skeleton shared by the viewers: UTF-8, Vietnamese, usable on a phone. {@code
   * refreshSeconds} above 0 reloads the whole page that often; a page that polls for what is new
   * passes 0.
   */
  public static String page(String title, String body, int refreshSeconds) {
    String refresh =
        refreshSeconds > 0
            ? "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">\n"
            : "";
    return """
    <!DOCTYPE html>
    <html lang="vi"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    %s<title>%s</title>
    <style>
    body{font-family:system-ui,sans-serif;margin:1em;color:#222}
    table{border-collapse:collapse;width:100%%}
    th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:left}
    th{background:#f2f2f2} pre{white-space:pre-wrap;margin:0;font-family:inherit}
    .muted{color:#777} .held{background:#fff8e1} dt{font-weight:bold} dd{margin:0 0 .5em 0}
    </style></head><body><h1>%s</h1>%s</body></html>
    """
        .formatted(refresh, escape(title), escape(title), body);
  }
}
