package vn.dienbien.report.obligation.readmodel;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.report.ObligationCurrentState;
import vn.dienbien.report.obligation.Obligations;

/**
 * Brings the writes of other report-service instances into the {@link ObligationProjection}: reads
 * the compacted topic {@code obligation-state} from its beginning with every partition assigned to
 * it (no consumer group, no committed position, so it never takes partitions from the service's
 * group), and for each record newer than the row held reads that one obligation by {@code _id}. The
 * state record carries neither names nor a report's text, which the rows show, hence the read; the
 * records of this instance's own writes are at the version held already and cost nothing.
 */
@Component
class ObligationStateConsumer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ObligationStateConsumer.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final Map<String, Object> config = new HashMap<>();
  private final ObligationProjection projection;
  private final Obligations obligations;
  private volatile boolean running;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private Thread thread;

  ObligationStateConsumer(
      ObligationProjection projection,
      Obligations obligations,
      @Value("${platform.kafka.bootstrap-servers:${spring.kafka.bootstrap-servers:127.0.0.1:9092}}")
          String bootstrapServers) {
    this.projection = projection;
    this.obligations = obligations;
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "report-service-obligation-projection");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
  }

  @Override
  public void start() {
    running = true;
    thread = Thread.ofPlatform().daemon().name("obligation-state-follower").start(this::follow);
  }

  @Override
  public void stop() {
    running = false;
    KafkaConsumer<byte[], byte[]> current = consumer;
    if (current != null) {
      current.wakeup();
    }
    try {
      thread.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void follow() {
    while (running) {
      try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(config)) {
        consumer = c;
        List<TopicPartition> partitions = partitions(c);
        c.assign(partitions);
        c.seekToBeginning(partitions);
        while (running) {
          c.poll(POLL).forEach(this::apply);
        }
      } catch (WakeupException e) {
        return;
      } catch (RuntimeException e) {
        log.warn("Following {} failed ({}); starting over", Topics.OBLIGATION_STATE, e.toString());
        pause();
      } finally {
        consumer = null;
      }
    }
  }

  private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> c) {
    return c.partitionsFor(Topics.OBLIGATION_STATE).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition()))
        .toList();
  }

  /** Reads the obligation again if the record is newer; a store failure starts the topic over. */
  void apply(ConsumerRecord<byte[], byte[]> record) {
    ObligationCurrentState state = decode(record);
    if (state != null && projection.isNewer(state.obligationId(), state.version())) {
      obligations
          .byId(state.obligationId())
          .ifPresent(o -> projection.put(ObligationRow.of(o), "topic"));
    }
  }

  private static ObligationCurrentState decode(ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      return null;
    }
    try {
      return CloudEventCodec.data(
          CloudEventCodec.decode(record.value()), ObligationCurrentState.class);
    } catch (RuntimeException e) {
      log.warn("Skipped {} record at offset {}: {}", record.topic(), record.offset(), e.toString());
      return null;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
