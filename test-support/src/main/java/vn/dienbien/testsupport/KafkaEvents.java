package vn.dienbien.testsupport;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.EventCatalog;
import vn.dienbien.testsupport.time.TestClock;

/** Publishes and reads records on a real broker, as another service or an analyst would. */
public final class KafkaEvents {

  private final String brokers;
  private final Clock clock;

  /** Stamps published events with business time from the base date ({@link TestClock}). */
  public KafkaEvents(String brokers) {
    this(brokers, TestClock.startingAtBase());
  }

  /** Stamps published events with {@code clock}, e.g. the test context's moved business clock. */
  public KafkaEvents(String brokers, Clock clock) {
    this.brokers = brokers;
    this.clock = clock;
  }

  /** Publishes {@code event} as a structured CloudEvent with a fresh id; returns the id. */
  public UUID publish(DomainEvent event) {
    UUID id = UUID.randomUUID();
    publish(event, id);
    return id;
  }

  /** Publishes {@code event} with the given id (publish twice to simulate redelivery). */
  public void publish(DomainEvent event, UUID id) {
    publishKeyed(event.unitId(), event, id);
  }

  /**
   * Publishes {@code event} under the record key {@code key} instead of its unit: a marker keyed
   * like earlier events lands on their partition, so once it is handled, they were too.
   */
  public void publishKeyed(String key, DomainEvent event, UUID id) {
    byte[] value = CloudEventCodec.encode(event, id, OffsetDateTime.now(clock));
    publishRaw(EventCatalog.of(event).topic(), key, value);
  }

  /** Publishes arbitrary bytes, e.g. a poison message. */
  public void publishRaw(String topic, String key, byte[] value) {
    try (var producer =
        new KafkaProducer<String, byte[]>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
      record
          .headers()
          .add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + topic, e);
    }
  }

  /** Reads {@code topic} from the beginning until {@code count} records match or time runs out. */
  public List<ConsumerRecord<String, byte[]>> await(
      String topic, Predicate<ConsumerRecord<String, byte[]>> match, int count, Duration timeout) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<String, byte[]>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (found.size() < count && System.nanoTime() < deadline) {
        consumer
            .poll(Duration.ofMillis(200))
            .forEach(r -> {
              if (match.test(r)) {
                found.add(r);
              }
            });
      }
      // Read a little longer so that a test expecting N also sees an unexpected N+1.
      if (found.size() >= count) {
        consumer
            .poll(Duration.ofMillis(500))
            .forEach(r -> {
              if (match.test(r)) {
                found.add(r);
              }
            });
      }
    }
    return found;
  }

  /** The CloudEvents of type {@code type} on {@code topic}, waiting for at least {@code count}. */
  public List<CloudEvent> awaitEvents(String topic, String type, int count, Duration timeout) {
    return await(
            topic, r -> type.equals(CloudEventCodec.decode(r.value()).getType()), count, timeout)
        .stream()
        .map(r -> CloudEventCodec.decode(r.value()))
        .toList();
  }
}
