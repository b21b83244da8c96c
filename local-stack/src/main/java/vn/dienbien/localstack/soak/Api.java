package vn.dienbien.localstack.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The services' REST APIs as a load balancer in front of two instances would serve them: requests
 * rotate over a service's instances, and one that refuses the connection is skipped (it is down,
 * nothing was done). A request cut off after it was sent has an unknown outcome, which the caller
 * resolves (each write of the burst is safe to repeat or check). Bearer tokens come from the local
 * auth server, one per demo user.
 */
public final class Api {

  /** A response, or {@code unknown} when the connection broke after the request was sent. */
  public record Reply(int status, JsonNode body, boolean unknown) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    public String code() {
      return body.path("code").asText("");
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "demo-2026";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Map<String, List<String>> instances = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> next = new ConcurrentHashMap<>();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final String authUrl;

  /** Requests that found an instance down and were served by the other. */
  final java.util.concurrent.atomic.AtomicInteger failovers =
      new java.util.concurrent.atomic.AtomicInteger();

  public Api(Cluster cluster) {
    this.authUrl = cluster.authUrl();
    for (Cluster.Instance i : cluster.instances()) {
      instances.computeIfAbsent(i.service(), s -> new ArrayList<>()).add(i.baseUrl());
    }
  }

  public Reply get(String service, String user, String path) {
    return send(service, user, "GET", path, null, "application/json");
  }

  public Reply post(String service, String user, String path, Object body) {
    return send(service, user, "POST", path, body, "application/json");
  }

  Reply postCsv(String service, String user, String path, String csv) {
    return send(service, user, "POST", path, csv, "text/csv; charset=UTF-8");
  }

  /** A GET to one given instance (no failover): for probes of that instance. */
  Reply getAt(String baseUrl, String user, String path) {
    try {
      return exchange(baseUrl + path, user, "GET", null, "application/json");
    } catch (IOException e) {
      return new Reply(0, MissingNode.getInstance(), true);
    }
  }

  /** Every item of a list endpoint, page by page (a bare array or a paged object). */
  public List<JsonNode> all(String service, String user, String path) {
    List<JsonNode> items = new ArrayList<>();
    int size = 500;
    for (int page = 0; ; page++) {
      Reply reply =
          get(
              service,
              user,
              path + (path.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size);
      if (!reply.ok()) {
        throw new IllegalStateException("GET " + path + " answered " + reply.status());
      }
      JsonNode list = reply.body().isArray() ? reply.body() : reply.body().path("items");
      list.forEach(items::add);
      if (list.size() < size) {
        return items;
      }
    }
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private Reply send(
      String service, String user, String method, String path, Object body, String type) {
    List<String> bases = instances.get(service);
    int start = next.computeIfAbsent(service, s -> new AtomicInteger()).getAndIncrement();
    for (int i = 0; i < bases.size(); i++) {
      String base = bases.get(Math.floorMod(start + i, bases.size()));
      try {
        return exchange(base + path, user, method, body, type);
      } catch (ConnectException | HttpConnectTimeoutException down) {
        failovers.incrementAndGet(); // this instance is down: nothing happened there, ask the next
      } catch (IOException cutOff) {
        return new Reply(0, MissingNode.getInstance(), true);
      }
    }
    return new Reply(503, MissingNode.getInstance(), false);
  }

  private Reply exchange(String url, String user, String method, Object body, String type)
      throws IOException {
    String payload =
        body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token(user))
            .header("Accept", "application/json")
            .method(
                method,
                payload == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
    if (payload != null) {
      request.header("Content-Type", type);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode json = text == null || text.isBlank() ? MissingNode.getInstance() : parse(text);
      return new Reply(response.statusCode(), json, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /** A token for a demo user (officer@UNIT-CODE for any unit's officer), fetched once. */
  private String token(String user) throws IOException {
    String cached = tokens.get(user);
    if (cached != null) {
      return cached;
    }
    String form = "username=" + encode(user) + "&password=" + PASSWORD + "&raw=true";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(authUrl + "/demo/token"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("no token for " + user + ": " + response.statusCode());
      }
      tokens.put(user, response.body().trim());
      return response.body().trim();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
