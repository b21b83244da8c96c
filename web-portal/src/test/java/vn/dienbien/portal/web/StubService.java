package vn.dienbien.portal.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A service on a random port that answers what a test tells it to ({@code "PUT /api/v1/units/X"},
 * any query; or {@code "GET /api/v1/models?status=X&page=0&size=1"}, that exact query first) and
 * keeps every request it received, to check what the portal sent.
 */
public final class StubService implements AutoCloseable {

  /** One request the portal made. */
  public record Received(String method, String path, String query, String body) {}

  private record Answer(int status, String contentType, String body) {}

  /**
   * Stand-ins shared by every test class that needs them: the same URLs make the same Spring
   * context, so it starts once.
   */
  public static final StubService DIRECTIVE = start();

  public static final StubService NOTIFICATION = start();

  public static final StubService MODEL_REGISTRY = start();

  public static final StubService REPORT = start();

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private StubService() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String method = exchange.getRequestMethod();
          String path = exchange.getRequestURI().getPath();
          String query = exchange.getRequestURI().getQuery();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(method, path, query, body));
          Answer answer =
              answers.getOrDefault(
                  method + " " + path + "?" + query,
                  answers.getOrDefault(
                      method + " " + path,
                      new Answer(
                          404, "application/problem+json", "{\"title\":\"Không tìm thấy\"}")));
          byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", answer.contentType());
          exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
          if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    server.start();
  }

  static StubService start() {
    try {
      return new StubService();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public StubService answer(String request, int status, String json) {
    String type = status >= 400 ? "application/problem+json" : "application/json";
    answers.put(request, new Answer(status, type, json));
    return this;
  }

  /** The body of the last request of that method and path. */
  public String lastBody(String method, String path) {
    return received.reversed().stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .map(Received::body)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + method + " " + path + " in " + received));
  }

  /** The queries of every request of that method and path, in order (null: no query). */
  public List<String> queries(String method, String path) {
    return received.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .map(Received::query)
        .toList();
  }

  public void reset() {
    answers.clear();
    received.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
