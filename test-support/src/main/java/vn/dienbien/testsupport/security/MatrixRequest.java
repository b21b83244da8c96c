package vn.dienbien.testsupport.security;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** One call of the matrix: a concrete path and body, sent with or without a bearer token. */
record MatrixRequest(Endpoints.Endpoint endpoint, String path, String body) {

  /** What came back: status and content type. */
  record Answer(int status, String contentType) {}

  Answer send(RestClient client, String token) {
    var spec = client.method(endpoint.method()).uri(URI.create(path));
    if (token != null) {
      spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
    if (endpoint.writes()) {
      MediaType type = endpoint.consumes();
      spec.contentType(type);
      if (MediaType.MULTIPART_FORM_DATA.includes(type)) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("matrix", body);
        spec.body(parts);
      } else {
        spec.body(body);
      }
    }
    return spec.exchange((request, response) ->
        new Answer(
            response.getStatusCode().value(),
            String.valueOf(response.getHeaders().getContentType())));
  }
}
