package vn.dienbien.auth;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** Plain HTTP calls to the running auth server. */
record AuthServerClient(int port) {

  record Answer(int status, String contentType, String body, String location) {}

  String base() {
    return "http://127.0.0.1:" + port;
  }

  Answer demoToken(String username, String password, boolean raw) {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", username);
    form.add("password", password);
    form.add("raw", Boolean.toString(raw));
    return RestClient.create(base())
        .post()
        .uri("/demo/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(form)
        .exchange((request, response) -> answer(response));
  }

  Answer get(String path) {
    return RestClient.create(base())
        .get()
        .uri(path)
        .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
        .exchange((request, response) -> answer(response));
  }

  private static Answer answer(org.springframework.http.client.ClientHttpResponse response)
      throws java.io.IOException {
    return new Answer(
        response.getStatusCode().value(),
        String.valueOf(response.getHeaders().getContentType()),
        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
        response.getHeaders().getFirst("Location"));
  }
}
