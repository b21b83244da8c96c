package vn.dienbien.portal.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four services, called as the signed-in person: every request carries their own access token,
 * so the services apply their role and unit rules to them. Thread-safe: a page loads its panels in
 * parallel with one instance.
 */
public final class Api {

  /** A file passed through from a service: content type, file name header, bytes. */
  public record Download(String contentType, String disposition, byte[] body) {}

  private final Map<Backend, RestClient> clients;
  private final String token;
  private final JsonMapper json;
  private final ApiTimings timings;

  Api(Map<Backend, RestClient> clients, String token, JsonMapper json, ApiTimings timings) {
    this.clients = clients;
    this.token = token;
    this.json = json;
    this.timings = timings;
  }

  public JsonNode get(Backend backend, String path) {
    return call(backend, path, client(backend).get().uri(URI.create(path)));
  }

  public <T> T get(Backend backend, String path, Class<T> type) {
    return json.treeToValue(get(backend, path), type);
  }

  /**
   * Every item of a list: a contract C1 list is read page by page (500 a page) so nothing is cut;
   * an answer that is a plain array (a table, not a paged list) is taken whole.
   */
  public <T> List<T> list(Backend backend, String path, Class<T> type) {
    return all(backend, path, type);
  }

  /** One page; {@code path} gets {@code page} and {@code size} (contract C1). */
  public <T> Paged<T> page(Backend backend, String path, PageRequest request, Class<T> type) {
    String paged =
        path
            + (path.contains("?") ? "&" : "?")
            + "page="
            + request.page()
            + "&size="
            + request.size();
    return PagedReader.read(get(backend, paged), request, type, json);
  }

  /**
   * Every item of a list, page by page (500 a page, contract C1's maximum), for views that group a
   * unit's whole list; bounded at 100 pages.
   */
  public <T> List<T> all(Backend backend, String path, Class<T> type) {
    List<T> all = new java.util.ArrayList<>();
    for (int page = 0; page < 100; page++) {
      Paged<T> one = page(backend, path, new PageRequest(page, 500), type);
      all.addAll(one.items());
      if (!one.hasNext()) {
        break;
      }
    }
    return all;
  }

  public JsonNode post(Backend backend, String path, Object body) {
    return send(backend, path, client(backend).post(), body);
  }

  public JsonNode put(Backend backend, String path, Object body) {
    return send(backend, path, client(backend).put(), body);
  }

  private JsonNode send(
      Backend backend, String path, RestClient.RequestBodyUriSpec method, Object body) {
    return call(
        backend,
        path,
        method.uri(URI.create(path)).contentType(MediaType.APPLICATION_JSON).body(body));
  }

  /** A file sent as it is ({@code text/csv; charset=UTF-8}, say), for the services' imports. */
  public JsonNode postFile(Backend backend, String path, MediaType type, byte[] content) {
    return call(
        backend,
        path,
        client(backend).post().uri(URI.create(path)).contentType(type).body(content));
  }

  public JsonNode delete(Backend backend, String path) {
    return call(backend, path, client(backend).delete().uri(URI.create(path)));
  }

  public JsonNode postMultipart(Backend backend, String path, MultiValueMap<String, ?> parts) {
    return call(
        backend,
        path,
        client(backend)
            .post()
            .uri(URI.create(path))
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(parts));
  }

  /** A file (export, evidence) as the service sends it. */
  public Download download(Backend backend, String path) {
    long start = System.nanoTime();
    try {
      return client(backend)
          .get()
          .uri(URI.create(path))
          .headers(h -> h.setBearerAuth(token))
          .exchange((request, response) -> {
            check(backend, response);
            HttpHeaders headers = response.getHeaders();
            return new Download(
                String.valueOf(headers.getContentType()),
                headers.getFirst(HttpHeaders.CONTENT_DISPOSITION),
                response.getBody().readAllBytes());
          });
    } catch (ResourceAccessException e) {
      throw new ServiceDown(backend, e);
    } finally {
      timings.record(backend, path, System.nanoTime() - start);
    }
  }

  private RestClient client(Backend backend) {
    return clients.get(backend);
  }

  private JsonNode call(Backend backend, String path, RestClient.RequestHeadersSpec<?> spec) {
    long start = System.nanoTime();
    try {
      return spec.headers(h -> h.setBearerAuth(token))
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
          .exchange((request, response) -> {
            check(backend, response);
            return read(response.getBody());
          });
    } catch (ResourceAccessException e) {
      throw new ServiceDown(backend, e);
    } finally {
      timings.record(backend, path, System.nanoTime() - start);
    }
  }

  private JsonNode read(InputStream body) throws IOException {
    byte[] bytes = body.readAllBytes();
    return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
  }

  private void check(Backend backend, ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();
    if (status < 400) {
      return;
    }
    if (status == 401) {
      throw new SignInAgain(backend.label() + " không nhận phiên đăng nhập", null);
    }
    if (status >= 500) {
      throw new ServiceDown(backend, null);
    }
    throw Problems.refusal(status, read(response.getBody()));
  }
}
