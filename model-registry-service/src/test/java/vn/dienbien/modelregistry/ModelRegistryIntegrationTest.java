package vn.dienbien.modelregistry;

import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.modelregistry.unit.Unit;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;

/**
 * Shared set-up of the integration tests: one Spring context (same properties and configuration
 * everywhere); units arrive the real way, as unit-changed events on directive-events. The business
 * clock is a {@link MovableClock} at machine time; tests that move it are reset after each test.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "model-registry.re-evaluation.sweep-interval=PT1S")
@Import(MovableClockConfiguration.class)
abstract class ModelRegistryIntegrationTest extends IntegrationTestBase {

  static final Duration EVENT_WAIT = Duration.ofSeconds(30);

  @LocalServerPort int port;

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired MongoTemplate mongo;
  @Autowired MovableClock clock;
  RestClient http;
  KafkaEvents kafka;

  record Response(int status, String contentType, JsonNode body) {}

  @BeforeEach
  void connect() {
    http = RestClient.create("http://localhost:" + port);
    kafka = new KafkaEvents(brokers);
    unit("XA-MUONG-NHE", "Xã Mường Nhé");
  }

  @AfterEach
  void backToMachineTime() {
    clock.reset();
  }

  void unit(String code, String name) {
    if (mongo.findById(code, Unit.class) == null) {
      kafka.publish(
          new UnitChanged(
              code,
              name,
              "COMMUNE",
              UnitChanged.Level.COMMUNE,
              null,
              true,
              UnitChanged.Change.CREATED,
              null));
      await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(code, Unit.class) != null);
    }
  }

  Response call(HttpMethod method, String path, Object body) {
    var spec = http.method(method).uri(path);
    if (body != null) {
      spec.body(body);
    }
    return spec.exchange((req, res) ->
        new Response(
            res.getStatusCode().value(),
            String.valueOf(res.getHeaders().getContentType()),
            readJson(res)));
  }

  private static JsonNode readJson(org.springframework.http.client.ClientHttpResponse res)
      throws java.io.IOException {
    byte[] bytes = res.getBody().readAllBytes();
    return bytes.length == 0
        ? null
        : tools.jackson.databind.json.JsonMapper.shared().readTree(bytes);
  }

  /**
   * The events of one model on model-registry-events that {@code which} selects, read from the
   * start once at least {@code atLeast} are there (and a little longer, so that an unexpected extra
   * one is seen too).
   */
  List<CloudEvent> eventsOf(String modelId, Predicate<CloudEvent> which, int atLeast) {
    return kafka
        .await(
            Topics.MODEL_REGISTRY_EVENTS,
            r -> {
              CloudEvent event = CloudEventCodec.decode(r.value());
              return modelId.equals(event.getSubject()) && which.test(event);
            },
            atLeast,
            EVENT_WAIT)
        .stream()
        .map(r -> CloudEventCodec.decode(r.value()))
        .toList();
  }

  String modelStatus(String modelId) {
    return get("/api/v1/models/" + modelId).body().get("status").asString();
  }

  Response post(String path, Object body) {
    return call(HttpMethod.POST, path, body);
  }

  Response get(String path) {
    return call(HttpMethod.GET, path, null);
  }
}
