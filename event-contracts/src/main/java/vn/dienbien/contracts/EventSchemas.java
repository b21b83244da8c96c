package vn.dienbien.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an event's {@code data} against the JSON Schema of its type (the same schemas the AsyncAPI
 * document links), formats such as {@code date} included. Schemas are compiled once per type.
 */
public final class EventSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

  private EventSchemas() {}

  /**
   * The schema violations of {@code data} for {@code definition}'s type, e.g. {@code "$.year:
   * required property 'year' not found"}; empty when valid. Unparseable JSON is one violation.
   */
  public static List<String> violations(EventDefinition definition, byte[] data) {
    JsonNode node;
    try {
      node = JSON.readTree(data);
    } catch (IOException e) {
      return List.of("data is not JSON");
    }
    if (node == null || node.isMissingNode()) {
      return List.of("data is empty");
    }
    return COMPILED
        .computeIfAbsent(definition.type(), t -> compile(definition))
        .validate(node)
        .stream()
        .sorted(Comparator.comparing(ValidationMessage::getMessage))
        .map(ValidationMessage::getMessage)
        .toList();
  }

  private static JsonSchema compile(EventDefinition definition) {
    try (InputStream in =
        EventSchemas.class.getClassLoader().getResourceAsStream(definition.schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("No schema " + definition.schemaResource());
      }
      return FACTORY.getSchema(in, CONFIG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
