package vn.dienbien.notification.channel.sms;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A JSON POST to the gateway that never throws: the status and the parsed body, or why not. */
final class GatewayCall {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final RestClient client;

  GatewayCall(String baseUrl, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(timeout);
    this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
  }

  Answer post(String path, Map<String, Object> body) {
    try {
      return client
          .post()
          .uri(path)
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON)
          .body(JSON.writeValueAsBytes(body))
          .exchange((request, response) ->
              new Answer(response.getStatusCode(), parse(response.getBody().readAllBytes()), null));
    } catch (RestClientException e) {
      return new Answer(null, null, "gateway unreachable: " + rootMessage(e));
    }
  }

  private static JsonNode parse(byte[] bytes) {
    try {
      JsonNode node = JSON.readTree(bytes);
      return node != null && node.isObject() ? node : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root instanceof IOException
        ? root.getClass().getSimpleName()
        : String.valueOf(root.getMessage());
  }

  /**
   * @param status null when no answer arrived
   * @param body the JSON object answered, null when absent or not JSON
   */
  record Answer(HttpStatusCode status, JsonNode body, String failure) {

    String text(String field) {
      if (body == null || body.get(field) == null || body.get(field).isNull()) {
        return null;
      }
      return body.get(field).asString();
    }
  }
}
