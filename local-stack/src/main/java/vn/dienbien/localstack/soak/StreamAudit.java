package vn.dienbien.localstack.soak;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import vn.dienbien.contracts.topics.TopicCatalog;
import vn.dienbien.contracts.topics.TopicSpec;

/**
 * Reads every history topic from its beginning, as an analyst would, for as long as the soak runs,
 * and keeps what it saw: how often each CloudEvents id occurred, and each event's type, subject and
 * data. Its own consumer has no group, so it never shows up in the lag it measures.
 */
final class StreamAudit implements AutoCloseable {

  /** One event as read from a topic. */
  record Seen(String id, String type, String subject, JsonNode data) {}

  private final Properties config = new Properties();
  private final Map<String, Integer> occurrences = new HashMap<>();
  private final List<Seen> events = new ArrayList<>();
  private final Thread reader;
  private volatile boolean running = true;

  StreamAudit(String bootstrap) {
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "soak-audit");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    reader = Thread.ofPlatform().name("soak-audit").daemon().start(this::read);
  }

  private void read() {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (TopicSpec topic : TopicCatalog.HISTORY) {
        consumer
            .partitionsFor(topic.name(), Duration.ofSeconds(30))
            .forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (running) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(250))) {
          add(record.value());
        }
      }
    } catch (RuntimeException e) {
      if (running) {
        System.out.println("  !! the audit stopped reading Kafka: " + e);
      }
    }
  }

  private synchronized void add(byte[] value) {
    try {
      JsonNode event = Api.JSON.readTree(value);
      String id = event.path("id").asText();
      occurrences.merge(id, 1, Integer::sum);
      events.add(
          new Seen(
              id, event.path("type").asText(), event.path("subject").asText(), event.path("data")));
    } catch (java.io.IOException e) {
      occurrences.merge("(unreadable)", 1, Integer::sum);
    }
  }

  synchronized int total() {
    return events.size();
  }

  /** Ids read more than once, with how many extra copies each had. */
  synchronized Map<String, Integer> duplicateIds() {
    Map<String, Integer> duplicates = new HashMap<>();
    occurrences.forEach((id, n) -> {
      if (n > 1) {
        duplicates.put(id, n - 1);
      }
    });
    return duplicates;
  }

  /** Distinct subjects of the events of {@code type} that match {@code filter}. */
  synchronized Set<String> subjects(String type, Predicate<Seen> filter) {
    Set<String> subjects = new HashSet<>();
    for (Seen seen : events) {
      if (seen.type().equals(type) && filter.test(seen)) {
        subjects.add(seen.subject());
      }
    }
    return subjects;
  }

  synchronized List<Seen> ofType(String type) {
    return events.stream().filter(e -> e.type().equals(type)).toList();
  }

  @Override
  public void close() {
    running = false;
    try {
      reader.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
