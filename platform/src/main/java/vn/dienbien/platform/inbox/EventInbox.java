package vn.dienbien.platform.inbox;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
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
 * {@code group:id} ({@link ProcessedEvents}: point operations on {@code _id}, so the cost per event
 * does not grow with the collection). Every record is checked at the door: it must be a CloudEvent
 * of a known type whose {@code data} satisfies the JSON Schema of that type; otherwise {@link
 * InvalidEventException} (reason in its message, counted in {@code events.invalid{topic, reason}})
 * makes the binder park it in the dead-letter topic without retrying, and no handler runs. A
 * handler failure is retried by the binder, then parked too.
 */
public class EventInbox {

  static final String COLLECTION = ProcessedEvents.COLLECTION;
  private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

  private final ProcessedEvents processed;
  private final MeterRegistry meters;

  public EventInbox(MongoTemplate mongo, MeterRegistry meters, Clock clock) {
    this.processed = new ProcessedEvents(mongo, clock);
    this.meters = meters;
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
      validate(topic, group, event);
      var handler = handlers.forType(event.getType());
      if (handler.isEmpty()) {
        count(event.getType(), "skipped");
        return;
      }
      handleOnce(group, handler.get(), event);
    }
  }

  /** Refuses an event of a type the catalogue does not know, or one its schema rejects. */
  private void validate(String topic, String group, CloudEvent event) {
    var definition = EventCatalog.byType(event.getType());
    if (definition.isEmpty()) {
      throw refused(
          topic,
          group,
          event.getType(),
          new InvalidEventException(
              InvalidEventException.Reason.UNKNOWN_TYPE, "unknown event type " + event.getType()));
    }
    try {
      CloudEventCodec.validate(event, definition.get());
    } catch (InvalidEventException e) {
      throw refused(topic, group, event.getType(), e);
    }
  }

  private void handleOnce(String group, EventHandlers.Handler<?> handler, CloudEvent event) {
    String key = group + ":" + event.getId();
    if (processed.handled(key)) {
      count(event.getType(), "duplicate");
      log.info("Skipping duplicate event {}", event.getId());
      return;
    }
    Timer.Sample sample = Timer.start(meters);
    dispatch(handler, event);
    processed.remember(key, event.getType());
    sample.stop(meters.timer("events.handling", "type", event.getType()));
    count(event.getType(), "processed");
    log.info("Handled {} for {}", event.getType(), group);
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

  private void count(String type, String outcome) {
    meters.counter("events.consumed", "type", type, "outcome", outcome).increment();
  }
}
