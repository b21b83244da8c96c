package vn.dienbien.testsupport.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One operation of an OpenAPI document, with its parameters and request body schemas resolved
 * ({@code $ref} to components followed).
 */
record ApiOperation(
    String method, String path, List<Param> parameters, List<Body> bodies, boolean anonymous) {

  /** A path, query or header parameter. */
  record Param(String name, String in, boolean required, JsonNode schema) {}

  /** One request body media type and its schema. */
  record Body(String mediaType, JsonNode schema, boolean required) {}

  String key() {
    return method + " " + path;
  }

  boolean writes() {
    return !method.equals("GET") && !method.equals("HEAD");
  }

  List<Param> in(String where) {
    return parameters.stream().filter(p -> p.in().equals(where)).toList();
  }

  /** Every operation of the document under {@code /api/}, sorted by path then method. */
  static List<ApiOperation> of(JsonNode document) {
    List<ApiOperation> operations = new ArrayList<>();
    SchemaResolver schemas = new SchemaResolver(document);
    for (var path : document.path("paths").properties()) {
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (var method : path.getValue().properties()) {
        String verb = method.getKey().toUpperCase(Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
          continue;
        }
        JsonNode operation = method.getValue();
        List<Param> params = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
          params.add(
              new Param(
                  p.path("name").asString(),
                  p.path("in").asString(),
                  p.path("required").asBoolean(false) || "path".equals(p.path("in").asString()),
                  schemas.resolve(p.path("schema"))));
        }
        List<Body> bodies = new ArrayList<>();
        JsonNode body = operation.path("requestBody");
        for (var content : body.path("content").properties()) {
          bodies.add(
              new Body(
                  content.getKey(),
                  schemas.resolve(content.getValue().path("schema")),
                  body.path("required").asBoolean(false)));
        }
        boolean anonymous =
            operation.has("security") && operation.path("security").isEmpty()
                || !operation.path("responses").has("401");
        operations.add(new ApiOperation(verb, path.getKey(), params, bodies, anonymous));
      }
    }
    operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
    return operations;
  }
}
