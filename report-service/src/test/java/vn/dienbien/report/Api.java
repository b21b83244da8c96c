package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The service's HTTP API as a client sees it; never throws on 4xx so tests can inspect problems.
 */
final class Api {

  private final RestClient client;

  Api(int port) {
    client =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> {})
            .build();
  }

  ResponseEntity<String> postJson(String path, Map<String, String> headers, Object body) {
    return client
        .post()
        .uri(path)
        .headers(h -> headers.forEach(h::add))
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(String.class);
  }

  ResponseEntity<String> post(
      String path, Map<String, String> headers, MediaType type, Object body) {
    return client
        .post()
        .uri(path)
        .headers(h -> headers.forEach(h::add))
        .contentType(type)
        .body(body)
        .retrieve()
        .toEntity(String.class);
  }

  ResponseEntity<String> get(String path) {
    return client.get().uri(path).retrieve().toEntity(String.class);
  }

  ResponseEntity<String> get(String path, Map<String, String> headers) {
    return client
        .get()
        .uri(path)
        .headers(h -> headers.forEach(h::add))
        .retrieve()
        .toEntity(String.class);
  }

  ResponseEntity<byte[]> getBytes(String path) {
    return client.get().uri(path).retrieve().toEntity(byte[].class);
  }

  /** A problem+json answer with {@code status}, naming {@code field} when given. */
  static void assertProblem(ResponseEntity<String> response, int status, String field) {
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    if (field != null) {
      assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
    }
  }
}
