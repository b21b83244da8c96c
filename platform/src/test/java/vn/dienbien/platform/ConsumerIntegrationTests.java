package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dienbien.contracts.Topics;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;

/** Consumers through the real broker: dedupe on the CloudEvents id, poison messages parked. */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConsumerIntegrationTests extends IntegrationTestBase {

  private static final String DLQ = Topics.deadLetter(Topics.DIRECTIVE_EVENTS, "platform-test");

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired MeterRegistry meters;

  @Test
  void poisonMessageGoesToTheDeadLetterTopicAndTheNextMessageIsStillProcessed() {
    KafkaEvents kafka = new KafkaEvents(brokers);
    String garbageKey = "XA-POISON-" + UUID.randomUUID();
    kafka.publishRaw(
        Topics.DIRECTIVE_EVENTS, garbageKey, "{not a cloud event".getBytes(StandardCharsets.UTF_8));
    String nextUnit = "XA-NEXT-" + UUID.randomUUID();
    kafka.publish(PlatformTestApplication.unit(nextUnit, "Xã Mường Nhé"));

    Waits.background().until(() -> PlatformTestApplication.HANDLED.containsKey(nextUnit));
    var parked = kafka.await(DLQ, r -> garbageKey.equals(r.key()), 1, Waits.BACKGROUND);
    assertThat(parked).hasSize(1);
    assertThat(new String(parked.get(0).value(), StandardCharsets.UTF_8))
        .isEqualTo("{not a cloud event");
  }

  @Test
  void unknownEventTypeIsParkedNotRetriedForever() {
    KafkaEvents kafka = new KafkaEvents(brokers);
    String key = "XA-UNKNOWN-" + UUID.randomUUID();
    String unknown =
        """
        {"specversion":"1.0","id":"%s","source":"/elsewhere","type":"vn.dienbien.elsewhere.thing.v1",
         "datacontenttype":"application/json","data":{"a":1}}\
        """
            .formatted(UUID.randomUUID());
    kafka.publishRaw(Topics.DIRECTIVE_EVENTS, key, unknown.getBytes(StandardCharsets.UTF_8));

    assertThat(kafka.await(DLQ, r -> key.equals(r.key()), 1, Waits.BACKGROUND)).hasSize(1);
  }

  @Test
  void anEventWhoseDataBreaksItsSchemaIsParkedAtOnceWithItsReasonAndCounted() {
    KafkaEvents kafka = new KafkaEvents(brokers);
    String key = "XA-SCHEMA-" + UUID.randomUUID();
    String invalid =
        """
        {"specversion":"1.0","id":"%s","source":"/directive-service",
         "type":"vn.dienbien.directive.unit-changed.v1","subject":"%s",
         "datacontenttype":"application/json","data":{"unexpected":true}}\
        """
            .formatted(UUID.randomUUID(), key);
    kafka.publishRaw(Topics.DIRECTIVE_EVENTS, key, invalid.getBytes(StandardCharsets.UTF_8));

    var parked = kafka.await(DLQ, r -> key.equals(r.key()), 1, Waits.BACKGROUND);
    assertThat(parked).hasSize(1);
    var headers = parked.get(0).headers();
    assertThat(new String(headers.lastHeader("x-dlq-reason").value(), StandardCharsets.UTF_8))
        .isEqualTo("schema-invalid");
    assertThat(
            new String(headers.lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
        .contains("schema-invalid: ", "required property 'name' not found");
    assertThat(PlatformTestApplication.HANDLED).doesNotContainKey(key);
    assertThat(
            meters
                .counter(
                    "events.invalid", "topic", Topics.DIRECTIVE_EVENTS, "reason", "schema-invalid")
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void handlerThatKeepsFailingIsRetriedThenParked() {
    KafkaEvents kafka = new KafkaEvents(brokers);
    String unit = "XA-FAILING-" + UUID.randomUUID();
    kafka.publish(PlatformTestApplication.unit(unit, "FAIL"));
    String after = "XA-AFTER-" + UUID.randomUUID();
    kafka.publish(PlatformTestApplication.unit(after, "Phường Điện Biên Phủ"));

    var parked = kafka.await(DLQ, r -> unit.equals(r.key()), 1, Waits.BACKGROUND);
    assertThat(parked).hasSize(1);
    assertThat(
            new String(
                parked.get(0).headers().lastHeader("x-dlq-reason").value(), StandardCharsets.UTF_8))
        .isEqualTo("handler-failed");
    Waits.background().until(() -> PlatformTestApplication.HANDLED.containsKey(after));
    assertThat(PlatformTestApplication.HANDLED).doesNotContainKey(unit);
  }

  @Test
  void theLogLineOfAConsumedEventCarriesItsTraceIdAndEventId(CapturedOutput output) {
    KafkaEvents kafka = new KafkaEvents(brokers);
    String unit = "XA-LOGGED-" + UUID.randomUUID();
    UUID id = kafka.publish(PlatformTestApplication.unit(unit, "Xã Mường Pồn"));
    Waits.background().until(() -> output.getOut().contains("\"eventId\":\"" + id + "\""));
    String line =
        output
            .getOut()
            .lines()
            .filter(l -> l.contains("\"eventId\":\"" + id + "\"") && l.contains("Handled"))
            .findFirst()
            .orElseThrow();
    JsonNode json = JsonMapper.builder().build().readTree(line);
    assertThat(json.path("eventType").asString())
        .isEqualTo("vn.dienbien.directive.unit-changed.v1");
    assertThat(json.path("traceId").asString()).as(line).matches("[0-9a-f]{16,32}");
    assertThat(json.path("spanId").asString()).as(line).matches("[0-9a-f]{16}");
  }

  @Test
  void redeliveredEventIsHandledOnce() {
    KafkaEvents kafka = new KafkaEvents(brokers);
    String unit = "XA-TWICE-" + UUID.randomUUID();
    UUID id = UUID.randomUUID();
    kafka.publish(PlatformTestApplication.unit(unit, "Xã Sín Thầu"), id);
    kafka.publish(PlatformTestApplication.unit(unit, "Xã Sín Thầu"), id);
    // The marker is keyed like the redelivered event, so it follows it on the same partition:
    // keyed by its own unit it could land on the other partition and be handled first.
    String marker = "XA-MARKER-" + UUID.randomUUID();
    kafka.publishKeyed(unit, PlatformTestApplication.unit(marker, "Xã Nà Hỳ"), UUID.randomUUID());

    Waits.background().until(() -> PlatformTestApplication.HANDLED.containsKey(marker));
    assertThat(PlatformTestApplication.HANDLED.get(unit).get()).isEqualTo(1);
    assertThat(
            meters
                .counter(
                    "events.consumed",
                    "type",
                    "vn.dienbien.directive.unit-changed.v1",
                    "outcome",
                    "duplicate")
                .count())
        .isGreaterThanOrEqualTo(1);
  }
}
