package vn.dienbien.modelregistry;

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
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.modelregistry.recognition.ReminderJob;
import vn.dienbien.modelregistry.unit.Unit;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Shared set-up of the integration tests: one Spring context (same properties and configuration
 * everywhere); units arrive the real way, as unit-changed events on directive-events. The business
 * clock is the shared {@link TestClock} at the base date; tests that move it are reset after each
 * test. The re-evaluation reminder job never fires on its own in tests (test
 * config/application.yml): tests run it with {@link #sendDueReminders()} once the clock is where
 * they want it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ModelRegistryIntegrationTests extends IntegrationTestBase {

  static final Duration EVENT_WAIT = Waits.BACKGROUND;

  @LocalServerPort int port;

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired MongoTemplate mongo;
  @Autowired TestClock clock;
  @Autowired ApplicationContext context;
  RestClient http;
  KafkaEvents kafka;

  record Response(int status, String contentType, JsonNode body) {}

  @BeforeEach
  void connect() {
    http = RestClient.create("http://localhost:" + port);
    kafka = new KafkaEvents(brokers, clock);
    unit("XA-MUONG-NHE", "Xã Mường Nhé");
  }

  @AfterEach
  void backToTheBaseDate() {
    clock.reset();
  }

  /** Runs the re-evaluation reminder job as of the business clock; returns how many it sent. */
  int sendDueReminders() {
    return ReminderJob.sweep(context);
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
      Waits.background().until(() -> mongo.findById(code, Unit.class) != null);
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
