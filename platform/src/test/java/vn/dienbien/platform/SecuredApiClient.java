package vn.dienbien.platform;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the secured test app and keeps status, headers and the JSON body. */
record SecuredApiClient(int port) {

  record Answer(int status, HttpHeaders headers, JsonNode body) {
    String contentType() {
      return String.valueOf(headers.getContentType());
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  Answer call(HttpMethod method, String path, String token, String json, HttpHeaders extra) {
    var spec =
        RestClient.create("http://localhost:" + port)
            .method(method)
            .uri(URI.create(path))
            .headers(h -> h.addAll(extra));
    if (token != null) {
      spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
    if (json != null) {
      spec.contentType(MediaType.APPLICATION_JSON).body(json);
    }
    return spec.exchange((request, response) -> {
      byte[] body = response.getBody().readAllBytes();
      boolean isJson = String.valueOf(response.getHeaders().getContentType()).contains("json");
      return new Answer(
          response.getStatusCode().value(),
          response.getHeaders(),
          body.length == 0 || !isJson ? JSON.nullNode() : JSON.readTree(body));
    });
  }

  Answer get(String path, String token) {
    return call(HttpMethod.GET, path, token, null, new HttpHeaders());
  }

  Answer post(String path, String token, String json) {
    return call(HttpMethod.POST, path, token, json, new HttpHeaders());
  }
}
