package vn.dienbien.platform.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.Date;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.EventCatalog;
import vn.dienbien.contracts.InvalidEventException;

/**
 * Turns Kafka records into handler calls, once per CloudEvents id and consumer group. Dedupe lives
 * here, once, not in every handler: a handled event is recorded in {@value #COLLECTION} under
 * {@code group:id}, a lookup by {@code _id}. Every record is checked at the door: it must be a
 * CloudEvent of a known type whose {@code data} satisfies the JSON Schema of that type; otherwise
 * {@link InvalidEventException} (reason in its message, counted in {@code events.invalid{topic,
 * reason}}) makes the binder park it in the dead-letter topic without retrying, and no handler
 * runs. A handler failure is retried by the binder, then parked too.
 */
public class EventInbox {

  static final String COLLECTION = "inbox_processed";
  private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

  private final MongoTemplate mongo;
  private final MeterRegistry meters;
  private final Clock clock;

  public EventInbox(MongoTemplate mongo, MeterRegistry meters, Clock clock) {
    this.mongo = mongo;
    this.meters = meters;
    this.clock = clock;
  }

  /** A Spring Cloud Stream consumer for one binding and its consumer group. */
  public Consumer<Message<byte[]>> consumer(String group, EventHandlers handlers) {
    return message ->
        accept(
            group,
            handlers,
            message.getPayload(),
            String.valueOf(message.getHeaders().getOrDefault(KafkaHeaders.RECEIVED_TOPIC, "")));
  }

  void accept(String group, EventHandlers handlers, byte[] value, String topic) {
    CloudEvent event;
    try {
      event = CloudEventCodec.decode(value);
    } catch (InvalidEventException e) {
      throw refused(topic, group, "unreadable", e);
    }
    try (var ignoredId = MDC.putCloseable("eventId", event.getId());
        var ignoredType = MDC.putCloseable("eventType", event.getType())) {
      var definition = EventCatalog.byType(event.getType());
      if (definition.isEmpty()) {
        throw refused(
            topic,
            group,
            event.getType(),
            new InvalidEventException(
                InvalidEventException.Reason.UNKNOWN_TYPE,
                "unknown event type " + event.getType()));
      }
      try {
        CloudEventCodec.validate(event, definition.get());
      } catch (InvalidEventException e) {
        throw refused(topic, group, event.getType(), e);
      }
      var handler = handlers.forType(event.getType());
      if (handler.isEmpty()) {
        count(event.getType(), "skipped");
        return;
      }
      String key = group + ":" + event.getId();
      if (mongo.exists(query(where("_id").is(key)), COLLECTION)) {
        count(event.getType(), "duplicate");
        log.info("Skipping duplicate event {}", event.getId());
        return;
      }
      Timer.Sample sample = Timer.start(meters);
      dispatch(handler.get(), event);
      remember(key, event);
      sample.stop(meters.timer("events.handling", "type", event.getType()));
      count(event.getType(), "processed");
      log.info("Handled {} for {}", event.getType(), group);
    }
  }

  /** Counts and logs a refused record; the returned exception parks it in the dead-letter topic. */
  private InvalidEventException refused(
      String topic, String group, String type, InvalidEventException e) {
    count(type, "invalid");
    meters.counter("events.invalid", "topic", topic, "reason", e.reason().code()).increment();
    log.warn("Dead-lettering a record of {} for {}: {}", topic, group, e.getMessage());
    return e;
  }

  private <T extends DomainEvent> void dispatch(
      EventHandlers.Handler<T> handler, CloudEvent event) {
    T data = CloudEventCodec.data(event, handler.type());
    var time = event.getTime();
    handler
        .action()
        .accept(
            new InboundEvent<>(
                event.getId(),
                event.getType(),
                String.valueOf(event.getSource()),
                event.getSubject(),
                time,
                data));
  }

  private void remember(String key, CloudEvent event) {
    try {
      mongo.insert(
          new Document("_id", key)
              .append("type", event.getType())
              .append("processedAt", Date.from(clock.instant())),
          COLLECTION);
    } catch (DuplicateKeyException concurrent) {
      log.debug("Event {} was recorded concurrently", event.getId());
    }
  }

  private void count(String type, String outcome) {
    meters.counter("events.consumed", "type", type, "outcome", outcome).increment();
  }
}
