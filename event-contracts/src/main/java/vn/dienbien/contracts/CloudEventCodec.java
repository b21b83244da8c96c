package vn.dienbien.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Maps event payloads to and from CloudEvents 1.0 in structured JSON mode, using the CloudEvents
 * Java SDK. The same mapping is used by every producer and consumer, so the wire format is defined
 * once.
 */
public final class CloudEventCodec {

  /** Kafka {@code content-type} header value of a structured-mode CloudEvent. */
  public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

  public static final String DATA_CONTENT_TYPE = "application/json";

  private static final EventFormat FORMAT = new JsonFormat();

  private static final ObjectMapper DATA_MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private CloudEventCodec() {}

  /** Builds the CloudEvent for a payload; {@code id} is the consumers' dedupe key. */
  public static CloudEvent toCloudEvent(DomainEvent payload, UUID id, OffsetDateTime time) {
    EventDefinition definition = EventCatalog.of(payload);
    return CloudEventBuilder.v1()
        .withId(id.toString())
        .withSource(URI.create(definition.source()))
        .withType(payload.type())
        .withSubject(payload.subject())
        .withTime(time)
        .withDataContentType(DATA_CONTENT_TYPE)
        .withDataSchema(URI.create(definition.dataSchemaUri()))
        .withData(dataJson(payload))
        .build();
  }

  /** Structured-mode JSON bytes of a payload, ready to be a Kafka record value. */
  public static byte[] encode(DomainEvent payload, UUID id, OffsetDateTime time) {
    return serialize(toCloudEvent(payload, id, time));
  }

  public static byte[] serialize(CloudEvent event) {
    return FORMAT.serialize(event);
  }

  /**
   * Parses a structured-mode CloudEvent.
   *
   * @throws InvalidEventException when the bytes are not a CloudEvent
   */
  public static CloudEvent decode(byte[] value) {
    if (value == null || value.length == 0) {
      throw new InvalidEventException("empty record value");
    }
    try {
      return FORMAT.deserialize(value);
    } catch (RuntimeException e) {
      throw new InvalidEventException("not a structured CloudEvent: " + e.getMessage(), e);
    }
  }

  /** The payload of a decoded event, as the record registered for its type. */
  public static DomainEvent payload(CloudEvent event) {
    EventDefinition definition =
        EventCatalog.byType(event.getType())
            .orElseThrow(() ->
                new InvalidEventException(
                    InvalidEventException.Reason.UNKNOWN_TYPE,
                    "unknown event type " + event.getType()));
    return data(event, definition.payload());
  }

  /** The event's {@code data} read as {@code type}. */
  public static <T> T data(CloudEvent event, Class<T> type) {
    if (event.getData() == null) {
      throw new InvalidEventException(
          InvalidEventException.Reason.NO_DATA, "event " + event.getId() + " has no data");
    }
    try {
      return DATA_MAPPER.readValue(event.getData().toBytes(), type);
    } catch (IOException e) {
      throw new InvalidEventException(
          InvalidEventException.Reason.SCHEMA,
          "data of event " + event.getId() + " is not a valid " + event.getType(),
          e);
    }
  }

  /**
   * Refuses an event of a known type whose {@code data} is missing, not JSON, or breaks the JSON
   * Schema of its type, so no handler ever sees it.
   *
   * @throws InvalidEventException with reason {@code no-data} or {@code schema-invalid}
   */
  public static void validate(CloudEvent event, EventDefinition definition) {
    if (event.getData() == null) {
      throw new InvalidEventException(
          InvalidEventException.Reason.NO_DATA, "event " + event.getId() + " has no data");
    }
    String contentType = event.getDataContentType();
    if (contentType != null && !contentType.toLowerCase().startsWith(DATA_CONTENT_TYPE)) {
      throw new InvalidEventException(
          InvalidEventException.Reason.NO_DATA,
          "event " + event.getId() + " carries " + contentType + ", not " + DATA_CONTENT_TYPE);
    }
    var violations = EventSchemas.violations(definition, event.getData().toBytes());
    if (!violations.isEmpty()) {
      throw new InvalidEventException(
          InvalidEventException.Reason.SCHEMA,
          "data of event "
              + event.getId()
              + " breaks the schema of "
              + event.getType()
              + ": "
              + String.join("; ", violations.subList(0, Math.min(5, violations.size()))));
    }
  }

  /** The JSON bytes of a payload, as carried in {@code data}. */
  public static byte[] dataJson(DomainEvent payload) {
    try {
      return DATA_MAPPER.writeValueAsBytes(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
