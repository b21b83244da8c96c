package vn.dienbien.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import vn.dienbien.contracts.CloudEventCodec;

/** Sends structured-mode CloudEvents to Kafka: key = unit id, header content-type. */
class EventPublisher {

  private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);
  private static final byte[] CONTENT_TYPE =
      CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

  private final KafkaTemplate<String, byte[]> kafka;
  private final Duration timeout;

  EventPublisher(KafkaTemplate<String, byte[]> kafka, Duration timeout) {
    this.kafka = kafka;
    this.timeout = timeout;
  }

  /** Sends all entries in order and reports, per entry, whether the broker acknowledged it. */
  List<Boolean> publishAll(List<OutboxEntry> entries) {
    return acknowledged(entries, sendAll(entries));
  }

  /**
   * Hands all entries to the producer in order, one send each; once the producer refuses one (no
   * metadata within max.block.ms: the broker is unreachable) the rest are not queued and come back
   * failed.
   */
  List<CompletableFuture<?>> sendAll(List<OutboxEntry> entries) {
    List<CompletableFuture<?>> sends = new ArrayList<>(entries.size());
    for (OutboxEntry entry : entries) {
      ProducerRecord<String, byte[]> record =
          new ProducerRecord<>(
              entry.topic(), entry.key(), entry.value().getBytes(StandardCharsets.UTF_8));
      record.headers().add(new RecordHeader("content-type", CONTENT_TYPE));
      try {
        sends.add(kafka.send(record));
      } catch (RuntimeException e) {
        log.warn("Kafka refused event {}: {}", entry.eventId(), e.toString());
        break;
      }
    }
    while (sends.size() < entries.size()) {
      sends.add(CompletableFuture.failedFuture(new IllegalStateException("not sent")));
    }
    return sends;
  }

  /**
   * Per send, whether the broker acknowledged it within the send timeout. A send not resolved by
   * then is still with the producer, which may yet deliver it.
   */
  List<Boolean> acknowledged(List<OutboxEntry> entries, List<CompletableFuture<?>> sends) {
    List<Boolean> results = new ArrayList<>(entries.size());
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int i = 0; i < entries.size(); i++) {
      results.add(await(sends.get(i), deadline, entries.get(i)));
    }
    return results;
  }

  private static boolean await(CompletableFuture<?> send, long deadline, OutboxEntry entry) {
    try {
      send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      log.debug(
          "Published event {} of type {} to {}", entry.eventId(), entry.type(), entry.topic());
      return true;
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Event {} not acknowledged by Kafka yet: {}", entry.eventId(), e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
