package vn.dienbien.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a compacted current-state topic from its beginning up to its end as it was when the read
 * started, and keeps the latest record of each key: that record is the aggregate's current state.
 * No consumer group: nothing is committed, every run reads everything again.
 */
public final class LatestByKey {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LatestByKey() {}

  /**
   * The latest CloudEvent (structured JSON envelope) of every key of {@code topic}; a key whose
   * latest record is a tombstone (empty value) is left out.
   *
   * @throws IllegalStateException when the end is not reached within {@code timeout}
   */
  public static Map<String, JsonNode> read(
      String bootstrapServers, String topic, Duration timeout) {
    Map<String, JsonNode> latest = new LinkedHashMap<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config(bootstrapServers))) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(topic, timeout)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Could not read " + topic + " to its end in " + timeout);
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          keep(latest, record);
        }
      }
    }
    return latest;
  }

  private static void keep(Map<String, JsonNode> latest, ConsumerRecord<String, byte[]> record) {
    if (record.value() == null || record.value().length == 0) {
      latest.remove(record.key());
      return;
    }
    try {
      latest.put(record.key(), JSON.readTree(record.value()));
    } catch (IOException e) {
      throw new UncheckedIOException("Record " + record.offset() + " is not JSON", e);
    }
  }

  private static Properties config(String bootstrapServers) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "analyst-example");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return config;
  }
}
