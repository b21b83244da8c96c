package vn.dienbien.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import vn.dienbien.platform.due.DueConfiguration;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;
import vn.dienbien.platform.lock.KeepAliveLocks;

/** Wires the outbox, its relay and the idempotent producer the relay publishes with. */
@AutoConfiguration(after = DueConfiguration.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

  private static final String SERVERS =
      "${platform.kafka.bootstrap-servers:${spring.kafka.bootstrap-servers:127.0.0.1:9092}}";

  @Bean
  KafkaTemplate<String, byte[]> outboxKafkaTemplate(
      @Value(SERVERS) String servers,
      @Value("${spring.application.name:service}") String applicationName,
      OutboxProperties properties) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    int timeout = (int) properties.sendTimeout().toMillis();
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 10_000));
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, 15_000));
    DefaultKafkaProducerFactory<String, byte[]> producers =
        new DefaultKafkaProducerFactory<>(config);
    // On shutdown do not wait 30 s for a broker that is gone: what was not acknowledged is still
    // pending in the outbox and is published after the restart.
    producers.setPhysicalCloseTimeout(2);
    KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(producers);
    // Observation would look up the cluster id through an AdminClient, blocking the relay while
    // Kafka is down.
    template.setObservationEnabled(false);
    return template;
  }

  @Bean
  Markers outboxMarkers(DueIndexes indexes) {
    // Machine time, like every age and lease of the relay.
    DueIndex index = indexes.open(Markers.COLLECTION, Markers.SLOT, Clock.systemUTC());
    indexes.adopt(Markers.LEGACY_COLLECTION, index, PendingMarker::fromLegacy);
    return new Markers(index);
  }

  @Bean
  CurrentStates outboxCurrentStates(
      MongoTemplate mongo, Clock clock, ObjectProvider<StateTopic<?>> stateTopics) {
    return new CurrentStates(mongo, clock, stateTopics.orderedStream().toList());
  }

  @Bean
  PendingEvents pendingEvents(
      MongoTemplate mongo, Markers outboxMarkers, CurrentStates outboxCurrentStates) {
    return new PendingEvents(mongo, outboxMarkers, outboxCurrentStates);
  }

  @Bean
  OutboxRelay outboxRelay(
      PendingEvents pending,
      KafkaTemplate<String, byte[]> outboxKafkaTemplate,
      KeepAliveLocks locks,
      OutboxProperties properties,
      MeterRegistry meters,
      @Value(SERVERS) String servers,
      @Value("${spring.application.name:service}") String applicationName) {
    // Leases and marker ages are machine time, never the business clock, which operators may shift.
    return new OutboxRelay(
        pending,
        new EventPublisher(outboxKafkaTemplate, properties.sendTimeout()),
        locks,
        new PublishedTail(servers, applicationName + "-outbox-tail"),
        properties,
        meters,
        Clock.systemUTC(),
        applicationName);
  }

  @Bean
  Outbox outbox(
      MongoTemplate mongo,
      Clock clock,
      Markers outboxMarkers,
      OutboxRelay relay,
      CurrentStates outboxCurrentStates) {
    return new MongoOutbox(mongo, clock, outboxMarkers, relay::wake, outboxCurrentStates);
  }
}
