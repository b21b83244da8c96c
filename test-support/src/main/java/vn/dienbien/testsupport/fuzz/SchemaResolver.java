package vn.dienbien.testsupport.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Follows {@code $ref}s to {@code #/components/schemas/…}, nested ones too (bounded depth). */
final class SchemaResolver {

  private static final int MAX_DEPTH = 6;
  private final JsonNode document;

  SchemaResolver(JsonNode document) {
    this.document = document;
  }

  JsonNode resolve(JsonNode schema) {
    return resolve(schema, 0);
  }

  private JsonNode resolve(JsonNode schema, int depth) {
    if (schema == null || schema.isMissingNode() || depth > MAX_DEPTH) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (schema.has("$ref")) {
      String ref = schema.path("$ref").asString();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      return resolve(document.path("components").path("schemas").path(name), depth + 1);
    }
    if (!schema.isObject()) {
      return schema;
    }
    ObjectNode copy = ((ObjectNode) schema).deepCopy();
    if (schema.has("properties")) {
      ObjectNode properties = JsonNodeFactory.instance.objectNode();
      for (var property : schema.path("properties").properties()) {
        properties.set(property.getKey(), resolve(property.getValue(), depth + 1));
      }
      copy.set("properties", properties);
    }
    if (schema.has("items")) {
      copy.set("items", resolve(schema.path("items"), depth + 1));
    }
    if (schema.has("allOf") && schema.path("allOf").size() == 1) {
      return resolve(schema.path("allOf").get(0), depth + 1);
    }
    return copy;
  }
}
