package vn.dienbien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractTests {

  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OffsetDateTime TIME =
      OffsetDateTime.of(2026, 2, 23, 8, 0, 0, 0, ZoneOffset.ofHours(7));

  static Stream<DomainEvent> events() {
    return EventFixtures.oneOfEach().stream();
  }

  @Test
  void everyCatalogedTypeHasAFixture() {
    assertThat(events().map(DomainEvent::type))
        .containsExactlyInAnyOrderElementsOf(
            EventCatalog.ALL.stream().map(EventDefinition::type).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void serialisedEventMatchesItsSchemaAndRoundTrips(DomainEvent event) throws Exception {
    UUID id = UUID.randomUUID();
    byte[] wire = CloudEventCodec.encode(event, id, TIME);

    JsonNode envelope = JSON.readTree(wire);
    EventDefinition definition = EventCatalog.of(event);
    assertThat(envelope.path("specversion").asText()).isEqualTo("1.0");
    assertThat(envelope.path("id").asText()).isEqualTo(id.toString());
    assertThat(envelope.path("type").asText())
        .isEqualTo(event.type())
        .matches("vn\\.dienbien\\.[a-z-]+\\.[a-z-]+\\.v\\d+");
    assertThat(envelope.path("source").asText()).isEqualTo(definition.source());
    assertThat(envelope.path("subject").asText()).isEqualTo(event.subject());
    assertThat(OffsetDateTime.parse(envelope.path("time").asText())).isEqualTo(TIME);
    assertThat(envelope.path("datacontenttype").asText()).isEqualTo("application/json");
    assertThat(envelope.path("dataschema").asText()).isEqualTo(definition.dataSchemaUri());
    assertThat(envelope.path("data").isObject()).as("data is embedded JSON").isTrue();

    Set<ValidationMessage> errors = schemaOf(definition).validate(envelope.path("data"));
    assertThat(errors).as("schema errors").isEmpty();

    CloudEvent decoded = CloudEventCodec.decode(wire);
    assertThat(CloudEventCodec.payload(decoded)).isEqualTo(event);
    String text = new String(wire, StandardCharsets.UTF_8);
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void schemaRejectsDataMissingARequiredField(DomainEvent event) throws Exception {
    EventDefinition definition = EventCatalog.of(event);
    JsonNode schema =
        JSON.readTree(getClass().getClassLoader().getResource(definition.schemaResource()));
    String required = schema.path("required").get(0).asText();
    var data =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            JSON.readTree(CloudEventCodec.dataJson(event));
    data.remove(required);
    assertThat(schemaOf(definition).validate(data)).isNotEmpty();
  }

  /** closedBy and note came later: an assignment-closed of the first shape still decodes. */
  @Test
  void anAssignmentClosedWithoutTheLaterOptionalFieldsStillDecodes() throws Exception {
    var current =
        new vn.dienbien.contracts.directive.AssignmentClosed(
            "a-1",
            "d-11",
            "11-CT/TU",
            "t-1",
            "XA-NA-HY",
            "Xã Nà Hỳ",
            vn.dienbien.contracts.directive.AssignmentClosed.Reason.WITHDRAWN,
            TIME,
            null,
            null,
            null);
    var data =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            JSON.readTree(CloudEventCodec.dataJson(current));
    data.remove("closedBy");
    data.remove("note");
    assertThat(schemaOf(EventCatalog.of(current)).validate(data)).isEmpty();
    CloudEvent first =
        io.cloudevents.core.builder.CloudEventBuilder.v1()
            .withId("x")
            .withSource(java.net.URI.create("/directive-service"))
            .withType(current.type())
            .withData(JSON.writeValueAsBytes(data))
            .build();
    assertThat(CloudEventCodec.payload(first)).isEqualTo(current);
  }

  @Test
  void garbageIsRejectedAsInvalidEvent() {
    assertThatThrownBy(() -> CloudEventCodec.decode("not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidEventException.class);
    assertThatThrownBy(() -> CloudEventCodec.decode(new byte[0]))
        .isInstanceOf(InvalidEventException.class);
  }

  @Test
  void unknownTypeIsRejected() {
    CloudEvent event =
        io.cloudevents.core.builder.CloudEventBuilder.v1()
            .withId("x")
            .withSource(java.net.URI.create("/elsewhere"))
            .withType("vn.dienbien.unknown.v1")
            .withData("{}".getBytes(StandardCharsets.UTF_8))
            .build();
    assertThatThrownBy(() -> CloudEventCodec.payload(event))
        .isInstanceOf(InvalidEventException.class);
  }

  private static JsonSchema schemaOf(EventDefinition definition) {
    JsonSchema schema =
        SCHEMAS.getSchema(SchemaLocation.of("classpath:" + definition.schemaResource()));
    schema.initializeValidators();
    return schema;
  }
}
