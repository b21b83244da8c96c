package vn.dienbien.modelregistry.security;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * JSON posts and reads with a bearer token to the service under test, answered whatever the status.
 */
record SecuredCalls(int port) {

  record Answer(int status, String contentType, String body) {}

  Answer post(String token, String path, String json) {
    return RestClient.create("http://localhost:" + port)
        .post()
        .uri(path)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON)
        .body(json)
        .exchange((request, response) ->
            new Answer(
                response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  Answer get(String token, String path) {
    return RestClient.create("http://localhost:" + port)
        .get()
        .uri(path)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange((request, response) ->
            new Answer(
                response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }
}
