package vn.dienbien.directive;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;

/**
 * One configuration for every integration test class, so they share one Spring context, one
 * embedded broker and one database (seeded once with 06-CT/TU and 11-CT/TU). Business time is the
 * test clock at the base date: the directives' own dates (issued 2026, deadlines in 2026) are facts
 * the service checks against each other, not against today, so they hold for any base date. The
 * daily expiry job never fires by itself (test application.properties); tests run it ({@code
 * DirectiveExpiry.expireEnded()}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "directive.seed.enabled=true")
public abstract class DirectiveIntegrationTestBase extends IntegrationTestBase {

  /** An HTTP answer: status, content type and parsed body. */
  public record Answer(int status, MediaType type, JsonNode body) {

    public void assertProblem(int expectedStatus, String field) {
      assertThat(status).as("status, body %s", body).isEqualTo(expectedStatus);
      assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .as("content type %s", type)
          .isTrue();
      if (field != null) {
        assertThat(body.has("errors")).as("errors in %s", body).isTrue();
        assertThat(body.get("errors").findValuesAsString("field"))
            .as("fields of %s", body)
            .contains(field);
      }
    }
  }

  protected static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired protected MongoTemplate mongo;

  protected Answer get(String path) {
    return call(HttpMethod.GET, path, null, Map.of());
  }

  protected Answer post(String path, Object body) {
    return call(HttpMethod.POST, path, body, Map.of());
  }

  protected Answer call(HttpMethod method, String path, Object body, Map<String, String> headers) {
    RestClient client = RestClient.create("http://localhost:" + port);
    var spec = client.method(method).uri(path);
    headers.forEach(spec::header);
    if (body instanceof String text && (text.startsWith("{") || text.startsWith("["))) {
      spec.contentType(MediaType.APPLICATION_JSON).body(text);
    } else if (body instanceof String text) {
      // UTF-8 bytes without a charset parameter, as curl --data-binary @units.csv sends a file
      spec.contentType(MediaType.valueOf("text/csv"))
          .body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } else if (body instanceof byte[] bytes) {
      spec.contentType(MediaType.valueOf("text/csv")).body(bytes);
    } else if (body != null) {
      spec.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
    }
    return spec.exchange((request, response) -> {
      String text =
          new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new Answer(
          response.getStatusCode().value(),
          response.getHeaders().getContentType(),
          text.isEmpty()
              ? tools.jackson.databind.node.NullNode.getInstance()
              : JSON.readTree(text));
    });
  }

  protected KafkaEvents kafka() {
    return new KafkaEvents(brokers);
  }

  /**
   * Events of {@code type} on directive-events whose data field {@code field} equals {@code value},
   * once {@code expected} of them are there (waiting as long as the relay may take).
   */
  protected List<CloudEvent> directiveEvents(
      String type, String field, String value, int expected) {
    return directiveEvents(type, field, value, expected, Waits.BACKGROUND);
  }

  /**
   * The same, waiting at most {@code timeout}: with {@link Waits#QUIET}, a check that no more than
   * {@code expected - 1} events come.
   */
  protected List<CloudEvent> directiveEvents(
      String type, String field, String value, int expected, Duration timeout) {
    return kafka()
        .await(
            Topics.DIRECTIVE_EVENTS,
            r -> {
              CloudEvent e = CloudEventCodec.decode(r.value());
              return e.getType().equals(type)
                  && value.equals(JSON.readTree(e.getData().toBytes()).path(field).asString());
            },
            expected,
            timeout)
        .stream()
        .map(r -> CloudEventCodec.decode(r.value()))
        .toList();
  }

  protected static JsonNode data(CloudEvent event) {
    return JSON.readTree(event.getData().toBytes());
  }
}
