package vn.dienbien.testsupport.fuzz;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Plausible values from a schema: its example, default or first enum value, else by type. */
final class Values {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Values() {}

  static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asString())) {
          return t.asString();
        }
      }
    }
    if (type.isString()) {
      return type.asString();
    }
    if (schema.has("properties")) {
      return "object";
    }
    return schema.has("items") ? "array" : "string";
  }

  static JsonNode plausible(JsonNode schema, int depth) {
    if (schema.has("example") && !schema.path("example").isNull()) {
      return schema.path("example");
    }
    if (schema.has("examples") && schema.path("examples").isArray()) {
      return schema.path("examples").get(0);
    }
    if (schema.has("default") && !schema.path("default").isNull()) {
      return schema.path("default");
    }
    if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
      return schema.path("enum").get(0);
    }
    return switch (type(schema)) {
      case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
      case "number" -> NODES.numberNode(1.5);
      case "boolean" -> NODES.booleanNode(true);
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        if (depth < 4) {
          array.add(plausible(schema.path("items"), depth + 1));
        }
        yield array;
      }
      case "object" -> object(schema, depth);
      default -> NODES.stringNode(string(schema));
    };
  }

  static ObjectNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    if (depth < 4) {
      for (var property : schema.path("properties").properties()) {
        if (!property.getValue().path("readOnly").asBoolean(false)) {
          object.set(property.getKey(), plausible(property.getValue(), depth + 1));
        }
      }
    }
    return object;
  }

  static String string(JsonNode schema) {
    return switch (schema.path("format").asString("")) {
      case "date" -> "2026-03-31";
      case "date-time" -> "2026-03-31T08:00:00+07:00";
      case "email" -> "can.bo@example.vn";
      case "uuid" -> "3f2a9c01-b7d4-4e8a-9c1f-0a1b2c3d4e5f";
      case "binary" -> "tệp";
      default -> "Thử nghiệm";
    };
  }

  /** A query or path value for {@code schema}, percent-encoded. */
  static String raw(JsonNode schema) {
    JsonNode value = plausible(schema, 0);
    String text = value.isString() ? value.asString() : value.toString();
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  static List<String> enumValues(JsonNode schema) {
    return schema.path("enum").valueStream().map(JsonNode::asString).toList();
  }
}
