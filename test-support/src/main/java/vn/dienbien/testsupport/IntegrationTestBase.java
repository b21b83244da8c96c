package vn.dienbien.testsupport;

import java.util.UUID;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dienbien.contracts.Topics;
import vn.dienbien.testsupport.time.TestClock;
import vn.dienbien.testsupport.time.TestClockConfiguration;

/**
 * Base of integration tests: a real Kafka broker (spring-kafka-test's embedded KRaft broker) and a
 * real MongoDB-wire store (mongo-java-server), both in the test JVM. Nothing is mocked. Business
 * time is a {@link TestClock} at the base date ({@code -Dtest.clock.base}), never the machine's
 * date.
 */
@EmbeddedKafka(
    partitions = 2,
    topics = {
      Topics.DIRECTIVE_EVENTS,
      Topics.REPORT_EVENTS,
      Topics.MODEL_REGISTRY_EVENTS,
      Topics.NOTIFICATION_EVENTS,
      Topics.OBLIGATION_STATE,
      Topics.ASSIGNMENT_STATE,
      Topics.MODEL_STATE
    })
@Import(TestClockConfiguration.class)
public abstract class IntegrationTestBase {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    String database = "it_" + UUID.randomUUID().toString().substring(0, 8);
    registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri(database));
    registry.add("spring.kafka.bootstrap-servers", () -> "${spring.embedded.kafka.brokers}");
    registry.add("platform.outbox.poll-interval", () -> "100ms");
    registry.add("platform.outbox.max-backoff", () -> "1s");
    registry.add("management.tracing.sampling.probability", () -> "1.0");
  }
}
