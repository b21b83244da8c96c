package vn.dienbien.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienbien.contracts.CloudEventCodec;

/**
 * The CloudEvents ids of the newest records of some topics. A relay that takes the lease over from
 * one that died reads them first: an event the dead relay had published but not yet cleared from
 * the outbox is in this tail, and is cleared instead of published twice. Only the relay of a
 * service writes its topics, and it clears each batch before sending the next, so one batch per
 * partition is enough. When Kafka cannot be read the answer is empty: at-least-once, never lost.
 */
class PublishedTail {

  private static final Logger log = LoggerFactory.getLogger(PublishedTail.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Map<String, Object> config;

  PublishedTail(String bootstrapServers, String clientId) {
    config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
  }

  /** Ids of the last {@code perPartition} records of every topic {@code batch} has events for. */
  Set<String> eventIdsOf(List<PendingEvents.Pending> batch, int perPartition) {
    List<String> topics =
        batch.stream()
            .filter(PendingEvents.Pending::hasEntry)
            .map(p -> p.entry().topic())
            .distinct()
            .toList();
    return topics.isEmpty() ? Set.of() : eventIds(topics, perPartition);
  }

  /** Ids of the last {@code perPartition} records of every partition of {@code topics}. */
  Set<String> eventIds(Collection<String> topics, int perPartition) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    Set<String> ids = new HashSet<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = partitionsOf(consumer, topics);
      consumer.assign(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, TIMEOUT);
      partitions.forEach(p -> consumer.seek(p, Math.max(begin.get(p), end.get(p) - perPartition)));
      readUntilEnd(consumer, partitions, end, deadline, ids);
      return ids;
    } catch (RuntimeException e) {
      log.warn(
          "Cannot read the tail of {} ({}); pending events will be sent again",
          topics,
          e.toString());
      return ids;
    }
  }

  private static List<TopicPartition> partitionsOf(
      KafkaConsumer<byte[], byte[]> consumer, Collection<String> topics) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      consumer
          .partitionsFor(topic, TIMEOUT)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    return partitions;
  }

  /** Adds the ids read up to each partition's end, or as far as the deadline allows. */
  private static void readUntilEnd(
      KafkaConsumer<byte[], byte[]> consumer,
      List<TopicPartition> partitions,
      Map<TopicPartition, Long> end,
      long deadline,
      Set<String> ids) {
    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
      if (System.nanoTime() > deadline) {
        log.warn(
            "Read only part of the topics' tail in {}; some events may be sent again", TIMEOUT);
        return;
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        idOf(record.value()).ifPresent(ids::add);
      }
    }
  }

  private static Optional<String> idOf(byte[] value) {
    try {
      return Optional.of(CloudEventCodec.decode(value).getId());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
