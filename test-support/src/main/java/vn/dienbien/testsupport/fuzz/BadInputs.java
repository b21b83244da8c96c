package vn.dienbien.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad inputs of issue 14 for one operation, by class: malformed paths, bad query values (wrong
 * types, invalid UTF-8, NUL, regex and query operators, huge, out-of-range paging), missing
 * parameters, bad tokens and headers, JSON bodies with coerced scalars, unknown properties, nulls,
 * invisible and bidi characters, broken syntax, and malformed multipart and CSV bodies. A seeded
 * shuffle picks at most {@code perClass} of each class, so runs are bounded and repeatable.
 */
final class BadInputs {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  /** Raw (already encoded) values that are wrong for any parameter. */
  static final List<String> ANY_VALUE =
      List.of(
          "%00",
          "%C3%28",
          "%ZZ",
          "%E2%80%AE" + "abc",
          "a%E2%80%8Bb",
          "a".repeat(3000),
          ".*",
          "%28",
          "%5B",
          "%5C",
          "%24where",
          "%7B%22%24gt%22%3A%22%22%7D",
          "",
          "%20%20",
          "null",
          "-1",
          "1e999",
          "99999999999999999999",
          "%F0%9F%98%80",
          "%0D%0AX-Injected:%201");

  static final List<String> PATH_VALUE =
      List.of(
          "%00",
          "%2F",
          "..",
          "%2e%2e",
          "%C3%28",
          "%E2%80%AE",
          "x;y=1",
          "%5C",
          "a".repeat(3000),
          "%25",
          "%F0%9F%98%80",
          "%27%20OR%201%3D1--",
          "%7B%22%24gt%22%3A%22%22%7D");

  private final ApiOperation operation;
  private final Random random;
  private final int perClass;

  BadInputs(ApiOperation operation, long seed, int perClass) {
    this.operation = operation;
    this.random = new Random(seed ^ operation.key().hashCode());
    this.perClass = perClass;
  }

  List<FuzzCase> cases() {
    List<FuzzCase> all = new ArrayList<>();
    all.addAll(pick(pathCases()));
    all.addAll(pick(queryCases()));
    all.addAll(pick(missingParameterCases()));
    all.addAll(pick(tokenAndHeaderCases()));
    for (ApiOperation.Body body : operation.bodies()) {
      String type = body.mediaType();
      if (type.contains("json")) {
        all.addAll(pick(jsonPropertyCases(body.schema())));
        all.addAll(pick(jsonDocumentCases(body.schema())));
      } else if (type.startsWith("multipart/")) {
        all.addAll(pick(multipartCases(body.schema())));
      } else {
        all.addAll(pick(textCases(type)));
      }
    }
    return all;
  }

  private List<FuzzCase> pick(List<FuzzCase> cases) {
    List<FuzzCase> copy = new ArrayList<>(cases);
    Collections.shuffle(copy, random);
    return copy.subList(0, Math.min(perClass, copy.size()));
  }

  // ---- requests ----

  private String path(Map<String, String> overrides) {
    String path = operation.path();
    for (ApiOperation.Param p : operation.in("path")) {
      String value = overrides.getOrDefault(p.name(), Values.raw(p.schema()));
      path = path.replace("{" + p.name() + "}", value);
    }
    return path;
  }

  private String query(Map<String, String> overrides, String omitted) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ApiOperation.Param p : operation.in("query")) {
      if (p.required() && !p.name().equals(omitted)) {
        values.put(p.name(), Values.raw(p.schema()));
      }
    }
    values.putAll(overrides);
    StringBuilder query = new StringBuilder();
    values.forEach(
        (k, v) -> query.append(query.isEmpty() ? "?" : "&").append(k).append('=').append(v));
    return query.toString();
  }

  private FuzzCase call(
      String kind,
      String what,
      String target,
      Map<String, String> headers,
      byte[] body,
      FuzzCase.Token token) {
    return new FuzzCase(operation, kind, what, operation.method(), target, headers, body, token);
  }

  /** A request whose body (if any) is plausible: only the target is wrong. */
  private FuzzCase plausible(String kind, String what, String target) {
    return call(kind, what, target, bodyHeaders(), plausibleBody(), FuzzCase.Token.VALID);
  }

  /** The operation's first body as valid-looking bytes (so only the tested part is wrong). */
  private byte[] plausibleBody() {
    return operation.bodies().stream()
        .filter(b -> b.mediaType().contains("json"))
        .findFirst()
        .map(b -> Values.plausible(b.schema(), 0).toString().getBytes(StandardCharsets.UTF_8))
        .orElse(null);
  }

  private Map<String, String> bodyHeaders() {
    return plausibleBody() == null ? Map.of() : JSON;
  }

  // ---- classes ----

  private List<FuzzCase> pathCases() {
    List<FuzzCase> cases = new ArrayList<>();
    String base = path(Map.of()) + query(Map.of(), null);
    for (ApiOperation.Param p : operation.in("path")) {
      for (String value : PATH_VALUE) {
        cases.add(
            plausible(
                "path",
                p.name() + "=" + value,
                path(Map.of(p.name(), value)) + query(Map.of(), null)));
      }
    }
    cases.add(plausible("path", "double slash", "/" + base));
    cases.add(plausible("path", "matrix parameter", path(Map.of()) + ";x=1"));
    cases.add(plausible("path", "dot segment", base.replaceFirst("/api/", "/api/./")));
    cases.add(plausible("path", "trailing %00", path(Map.of()) + "%00"));
    return cases;
  }

  private List<FuzzCase> queryCases() {
    List<FuzzCase> cases = new ArrayList<>();
    for (ApiOperation.Param p : operation.in("query")) {
      List<String> values = new ArrayList<>(ANY_VALUE);
      values.addAll(typed(p.schema()));
      for (String value : values) {
        cases.add(
            plausible(
                "query",
                p.name() + "=" + value,
                path(Map.of()) + query(Map.of(p.name(), value), null)));
      }
    }
    String base = path(Map.of());
    for (String extra :
        List.of(
            "x=%C3%28",
            "%C3%28=1",
            "page=-1",
            "size=0",
            "size=501",
            "page=2147483647&size=500",
            "sort=zzz,asc",
            "sort=%00",
            "x=%00&x=%01")) {
      String query = query(Map.of(), null);
      cases.add(plausible("query", extra, base + query + (query.isEmpty() ? "?" : "&") + extra));
    }
    return cases;
  }

  private static List<String> typed(JsonNode schema) {
    List<String> values = new ArrayList<>();
    switch (Values.type(schema)) {
      case "integer", "number" -> values.addAll(List.of("abc", "1.5", "-2147483649", "0x10"));
      case "boolean" -> values.addAll(List.of("maybe", "2", "yes"));
      default -> {}
    }
    switch (schema.path("format").asString("")) {
      case "date" ->
          values.addAll(List.of("31%2F12%2F2026", "2026-02-30", "2026-13-01", "20260101"));
      case "date-time" -> values.addAll(List.of("2026-03-31T25:00:00Z", "yesterday"));
      default -> {}
    }
    List<String> allowed = Values.enumValues(schema);
    if (!allowed.isEmpty()) {
      values.addAll(
          List.of("NOPE", allowed.get(0).toLowerCase(), "OVERDUE", allowed.get(0) + "%20"));
    }
    return values;
  }

  private List<FuzzCase> missingParameterCases() {
    List<FuzzCase> cases = new ArrayList<>();
    for (ApiOperation.Param p : operation.in("query")) {
      if (p.required()) {
        cases.add(
            plausible("missing", "no " + p.name(), path(Map.of()) + query(Map.of(), p.name())));
      }
    }
    if (operation.bodies().stream().anyMatch(ApiOperation.Body::required)) {
      cases.add(
          call(
              "missing",
              "no body",
              path(Map.of()) + query(Map.of(), null),
              JSON,
              null,
              FuzzCase.Token.VALID));
    }
    return cases;
  }

  private List<FuzzCase> tokenAndHeaderCases() {
    String target = path(Map.of()) + query(Map.of(), null);
    List<FuzzCase> cases = new ArrayList<>();
    if (!operation.anonymous()) {
      cases.add(call("token", "none", target, bodyHeaders(), plausibleBody(), FuzzCase.Token.NONE));
      cases.add(
          call("token", "garbage", target, bodyHeaders(), plausibleBody(), FuzzCase.Token.GARBAGE));
      cases.add(
          call(
              "token",
              "another audience",
              target,
              bodyHeaders(),
              plausibleBody(),
              FuzzCase.Token.FOREIGN));
    }
    Map<String, String> xml = new LinkedHashMap<>(bodyHeaders());
    xml.put("Accept", "application/xml");
    cases.add(call("headers", "Accept xml", target, xml, plausibleBody(), FuzzCase.Token.VALID));
    Map<String, String> requestId = new LinkedHashMap<>(bodyHeaders());
    requestId.put("X-Request-Id", "<script>" + "x".repeat(200));
    cases.add(
        call(
            "headers",
            "bad X-Request-Id",
            target,
            requestId,
            plausibleBody(),
            FuzzCase.Token.VALID));
    return cases;
  }

  private List<FuzzCase> jsonPropertyCases(JsonNode schema) {
    List<FuzzCase> cases = new ArrayList<>();
    ObjectNode base = Values.object(schema, 0);
    String target = path(Map.of()) + query(Map.of(), null);
    List<String> required = schema.path("required").valueStream().map(JsonNode::asString).toList();
    for (var property : schema.path("properties").properties()) {
      String name = property.getKey();
      for (var mutation : mutations(property.getValue(), required.contains(name)).entrySet()) {
        ObjectNode changed = base.deepCopy();
        if (mutation.getValue() == null) {
          changed.remove(name);
        } else {
          changed.set(name, mutation.getValue().apply(property.getValue()));
        }
        cases.add(
            call(
                "body",
                name + ": " + mutation.getKey(),
                target,
                JSON,
                changed.toString().getBytes(StandardCharsets.UTF_8),
                FuzzCase.Token.VALID));
      }
    }
    ObjectNode unknown = base.deepCopy();
    unknown.put("zzUnknown", 1);
    cases.add(
        call(
            "body",
            "unknown property",
            target,
            JSON,
            unknown.toString().getBytes(StandardCharsets.UTF_8),
            FuzzCase.Token.VALID));
    return cases;
  }

  /** Mutations of one property; a null function removes it. */
  private static Map<String, Function<JsonNode, JsonNode>> mutations(
      JsonNode schema, boolean required) {
    Map<String, Function<JsonNode, JsonNode>> m = new LinkedHashMap<>();
    String type = Values.type(schema);
    m.put("null", s -> NODES.nullNode());
    if (required) {
      m.put("missing", null);
    }
    m.put("object", s -> NODES.objectNode().put("$gt", ""));
    m.put("array", s -> NODES.arrayNode().add(1));
    switch (type) {
      case "string" -> {
        m.put("1e25", s -> NODES.numberNode(new java.math.BigDecimal("1e25")));
        m.put("true", s -> NODES.booleanNode(true));
        m.put("bidi override", s -> NODES.stringNode("Xã\u202e Mường Nhé"));
        m.put("zero width", s -> NODES.stringNode("Xã\u200b Mường Nhé"));
        m.put("control", s -> NODES.stringNode("Xã\u0007Mường"));
        m.put("NUL", s -> NODES.stringNode("Xã\u0000Mường"));
        m.put("lone surrogate", s -> NODES.stringNode("Xã\ud800"));
        m.put(
            "NFD",
            s -> NODES.stringNode(Normalizer.normalize("Xã Mường Nhé", Normalizer.Form.NFD)));
        m.put("huge", s -> NODES.stringNode("Dân vận khéo ".repeat(1500)));
        m.put("empty", s -> NODES.stringNode(""));
        m.put("regex", s -> NODES.stringNode(".*(a+)+$[\\"));
        m.put("bad date", s -> NODES.stringNode("2026-02-30"));
        m.put("vn date", s -> NODES.stringNode("31/12/2026"));
        if (!Values.enumValues(schema).isEmpty()) {
          m.put("unknown enum", s -> NODES.stringNode("NOPE"));
          m.put("lower enum", s -> NODES.stringNode(Values.enumValues(s).get(0).toLowerCase()));
        }
      }
      case "integer", "number" -> {
        m.put("string number", s -> NODES.stringNode("5"));
        m.put("fraction", s -> NODES.numberNode(5.5));
        m.put("huge", s -> NODES.numberNode(new java.math.BigDecimal("1e400")));
        m.put("overflow", s -> NODES.numberNode(new java.math.BigInteger("99999999999999999999")));
        m.put("negative", s -> NODES.numberNode(-2147483648));
        m.put("boolean", s -> NODES.booleanNode(true));
      }
      case "boolean" -> {
        m.put("1", s -> NODES.numberNode(1));
        m.put("string true", s -> NODES.stringNode("true"));
      }
      case "array" -> {
        m.put("scalar", s -> NODES.stringNode("x"));
        m.put("nulls", s -> NODES.arrayNode().addNull());
        m.put("numbers", s -> NODES.arrayNode().add(1).add(2));
        m.put(
            "many",
            s -> {
              var many = NODES.arrayNode();
              for (int i = 0; i < 2000; i++) {
                many.add("X-" + i);
              }
              return many;
            });
      }
      default -> m.put("string", s -> NODES.stringNode("x"));
    }
    return m;
  }

  private List<FuzzCase> jsonDocumentCases(JsonNode schema) {
    String target = path(Map.of()) + query(Map.of(), null);
    List<FuzzCase> cases = new ArrayList<>();
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    for (String text :
        List.of(
            "",
            "{",
            "[]",
            "null",
            "\"x\"",
            "{} {}",
            "{\"a\":1,\"a\":2}",
            "[".repeat(3000),
            "{\"x\":" + "[".repeat(600) + "]".repeat(600) + "}")) {
      bodies.put(abbreviate(text), text.getBytes(StandardCharsets.UTF_8));
    }
    bodies.put(
        "invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'});
    bodies.put(
        "300 KB", ("{\"x\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
    bodies.forEach(
        (what, body) -> cases.add(call("json", what, target, JSON, body, FuzzCase.Token.VALID)));
    byte[] plausible = Values.plausible(schema, 0).toString().getBytes(StandardCharsets.UTF_8);
    for (String type :
        List.of(
            "text/plain",
            "application/xml",
            "application/yaml",
            "application/x-www-form-urlencoded",
            "application/json; charset=UTF-16")) {
      cases.add(
          call(
              "json",
              "Content-Type " + type,
              target,
              Map.of("Content-Type", type),
              plausible,
              FuzzCase.Token.VALID));
    }
    cases.add(call("json", "no Content-Type", target, Map.of(), plausible, FuzzCase.Token.VALID));
    return cases;
  }

  private List<FuzzCase> multipartCases(JsonNode schema) {
    String target = path(Map.of()) + query(Map.of(), null);
    List<FuzzCase> cases = new ArrayList<>();
    byte[] some =
        "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n"
            .getBytes(StandardCharsets.UTF_8);
    cases.add(
        call(
            "multipart",
            "no boundary",
            target,
            Map.of("Content-Type", "multipart/form-data"),
            some,
            FuzzCase.Token.VALID));
    cases.add(
        call(
            "multipart",
            "wrong boundary",
            target,
            Map.of("Content-Type", "multipart/form-data; boundary=zzz"),
            some,
            FuzzCase.Token.VALID));
    cases.add(
        call(
            "multipart",
            "empty",
            target,
            Map.of("Content-Type", "multipart/form-data; boundary=b"),
            new byte[0],
            FuzzCase.Token.VALID));
    cases.add(
        call(
            "multipart",
            "truncated",
            target,
            Map.of("Content-Type", "multipart/form-data; boundary=b"),
            "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nabc"
                .getBytes(StandardCharsets.UTF_8),
            FuzzCase.Token.VALID));
    cases.add(
        call(
            "multipart",
            "missing parts",
            target,
            Map.of("Content-Type", "multipart/form-data; boundary=b"),
            some,
            FuzzCase.Token.VALID));
    for (var part : schema.path("properties").properties()) {
      JsonNode partSchema = part.getValue();
      boolean json = "object".equals(Values.type(partSchema));
      String good = json ? Values.plausible(partSchema, 0).toString() : "a;b\n1;2\n";
      for (String bad : List.of("{\"x\":", "{\"zzUnknown\":1}", "\u202e", "%C3%28")) {
        String body =
            "--b\r\nContent-Disposition: form-data; name=\""
                + part.getKey()
                + "\"; filename=\"..%2F..%2Fetc%2Fpasswd\u202e.pdf\"\r\nContent-Type: "
                + (json ? "application/json" : "application/octet-stream")
                + "\r\n\r\n"
                + bad
                + "\r\n--b--\r\n";
        cases.add(
            call(
                "multipart",
                part.getKey() + " = " + bad,
                target,
                Map.of("Content-Type", "multipart/form-data; boundary=b"),
                body.getBytes(StandardCharsets.UTF_8),
                FuzzCase.Token.VALID));
      }
      String wrongType =
          "--b\r\nContent-Disposition: form-data; name=\""
              + part.getKey()
              + "\"\r\nContent-Type: text/plain\r\n\r\n"
              + good
              + "\r\n--b--\r\n";
      cases.add(
          call(
              "multipart",
              part.getKey() + " as text/plain",
              target,
              Map.of("Content-Type", "multipart/form-data; boundary=b"),
              wrongType.getBytes(StandardCharsets.UTF_8),
              FuzzCase.Token.VALID));
    }
    return cases;
  }

  private List<FuzzCase> textCases(String mediaType) {
    String target = path(Map.of()) + query(Map.of(), null);
    Map<String, String> headers = Map.of("Content-Type", mediaType);
    List<FuzzCase> cases = new ArrayList<>();
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put("empty", new byte[0]);
    bodies.put("invalid UTF-8", new byte[] {'a', ',', (byte) 0xC3, 0x28, '\n'});
    bodies.put("NUL", "a,b\n\u0000,x\n".getBytes(StandardCharsets.UTF_8));
    bodies.put("bidi", "code,name\nX\u202e,Y\n".getBytes(StandardCharsets.UTF_8));
    bodies.put("formula", "=cmd|' /C calc'!A0,@SUM(1)\n".getBytes(StandardCharsets.UTF_8));
    bodies.put("one huge line", ("a," + "x".repeat(200_000)).getBytes(StandardCharsets.UTF_8));
    bodies.put("unbalanced quotes", "\"a,b\nc\"d\"\n".getBytes(StandardCharsets.UTF_8));
    bodies.put("many columns", ",".repeat(5000).getBytes(StandardCharsets.UTF_8));
    bodies.forEach(
        (what, body) -> cases.add(call("text", what, target, headers, body, FuzzCase.Token.VALID)));
    cases.add(
        call(
            "text",
            "charset nonsense",
            target,
            Map.of("Content-Type", mediaType + "; charset=nope"),
            "a,b\n".getBytes(StandardCharsets.UTF_8),
            FuzzCase.Token.VALID));
    return cases;
  }

  private static String abbreviate(String text) {
    return text.length() > 24 ? text.substring(0, 24) + "…(" + text.length() + ")" : text;
  }
}
