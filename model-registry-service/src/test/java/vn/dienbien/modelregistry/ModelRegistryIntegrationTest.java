package vn.dienbien.modelregistry;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.modelregistry.unit.Unit;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;

/**
 * Shared set-up of the integration tests: one Spring context (same properties everywhere); units
 * arrive the real way, as unit-changed events on directive-events. The clock is not pinned: a
 * pinned future clock stalls the platform's outbox relay lease (see the report).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "model-registry.re-evaluation.sweep-interval=PT1S")
abstract class ModelRegistryIntegrationTest extends IntegrationTestBase {

  @LocalServerPort int port;
  @Value("${spring.embedded.kafka.brokers}") String brokers;
  @Autowired MongoTemplate mongo;
  RestClient http;
  KafkaEvents kafka;

  record Response(int status, String contentType, JsonNode body) {}

  @BeforeEach
  void connect() {
    http = RestClient.create("http://localhost:" + port);
    kafka = new KafkaEvents(brokers);
    unit("XA-MUONG-NHE", "Xã Mường Nhé");
  }

  void unit(String code, String name) {
    if (mongo.findById(code, Unit.class) == null) {
      kafka.publish(new UnitChanged(code, name, "COMMUNE", UnitChanged.Level.COMMUNE, null, true,
          UnitChanged.Change.CREATED, null));
      await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(code, Unit.class) != null);
    }
  }

  Response call(HttpMethod method, String path, Object body) {
    var spec = http.method(method).uri(path);
    if (body != null) {
      spec.body(body);
    }
    return spec.exchange((req, res) -> new Response(res.getStatusCode().value(),
        String.valueOf(res.getHeaders().getContentType()), readJson(res)));
  }

  private static JsonNode readJson(org.springframework.http.client.ClientHttpResponse res) throws java.io.IOException {
    byte[] bytes = res.getBody().readAllBytes();
    return bytes.length == 0 ? null : tools.jackson.databind.json.JsonMapper.shared().readTree(bytes);
  }

  Response post(String path, Object body) {
    return call(HttpMethod.POST, path, body);
  }

  Response get(String path) {
    return call(HttpMethod.GET, path, null);
  }
}
