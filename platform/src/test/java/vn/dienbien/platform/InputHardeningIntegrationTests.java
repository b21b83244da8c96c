package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.http.RawHttp;

/**
 * Issue 14 at every layer of a service, sent byte for byte: Tomcat's own refusals, the firewall,
 * the request line, Spring MVC and the strict JSON reader all answer with Vietnamese problem+json
 * naming the field, the expected format and the allowed values; lists are paged with totals.
 */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputHardeningIntegrationTests extends IntegrationTestBase {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

  @LocalServerPort int port;

  private RawHttp http() {
    return new RawHttp(port);
  }

  /** A 4xx problem+json with a Vietnamese title and no internals; its body. */
  private static JsonNode problem(RawHttp.Response response, int status) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text()).doesNotContain("<html", "Exception", "at org.", "Bad Request");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("title").asString()).isNotBlank().matches(".*[^\\x00-\\x7F].*");
    return body;
  }

  private static JsonNode firstError(JsonNode problem) {
    assertThat(problem.path("errors").isArray()).as(problem.toString()).isTrue();
    return problem.path("errors").get(0);
  }

  private RawHttp.Response post(String json) {
    return http().send("POST", "/api/v1/samples", JSON_BODY, json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/actuator/health?x=%C3%28",
        "/actuator/health/readiness?%C3%28=1",
        "/v3/api-docs?x=%C3%28",
        "/api/v1/samples?from=2026-01-01&x=%C3%28",
        "/api/v1/samples?from=2026-01-01&x=%ZZ",
        "/api/v1/samples?from=2026-01-01&state=%00",
        "/api/v1/samples?from=2026-01-01&q=%E2%80%AEabc"
      })
  void invalidUtf8AndControlCharactersInTheQueryAreRefusedEverywhere(String target) {
    JsonNode body = problem(http().get(target, Map.of()), 400);
    assertThat(firstError(body).path("expected").asString()).contains("UTF-8");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/samples/%00",
        "/api/v1/%2F/samples",
        "/api/v1/samples/%5C..%5C",
        "/api/v1/samples/..;/x",
        "/api/v1/samples/%E2%80%AE",
        "//api/v1/samples",
        "/api/v1/samples;x=1",
        "/api/v1/./samples",
        "/api/v1/samples/%C3%28"
      })
  void malformedPathsAreVietnameseProblemsFromTomcatAndTheFirewall(String target) {
    RawHttp.Response response = http().get(target, Map.of());
    assertThat(response.status()).as(target).isBetween(400, 404);
    problem(response, response.status());
  }

  @Test
  void aMissingRequiredParameterIsNamedWithItsFormat() {
    JsonNode error = firstError(problem(http().get("/api/v1/samples", Map.of()), 400));
    assertThat(error.path("field").asString()).isEqualTo("from");
    assertThat(error.path("message").asString()).isEqualTo("thiếu tham số bắt buộc");
    assertThat(error.path("expected").asString()).contains("yyyy-MM-dd");
  }

  @Test
  void wrongEnumsAndDatesNameTheAllowedValuesAndTheFormat() {
    JsonNode state =
        firstError(
            problem(http().get("/api/v1/samples?from=2026-01-01&state=OVERDUE", Map.of()), 400));
    assertThat(state.path("field").asString()).isEqualTo("state");
    assertThat(state.path("allowed").valueStream().map(JsonNode::asString))
        .containsExactly("OPEN", "CLOSED");
    JsonNode date =
        firstError(problem(http().get("/api/v1/samples?from=31/12/2026", Map.of()), 400));
    assertThat(date.path("field").asString()).isEqualTo("from");
    assertThat(date.path("expected").asString()).contains("yyyy-MM-dd");
  }

  @Test
  void listsArePagedWithTotalsAndLinksPastFiveHundredRows() {
    RawHttp.Response first = http().get("/api/v1/samples?from=2026-01-01&size=500", Map.of());
    JsonNode page = JSON.readTree(first.body());
    assertThat(first.status()).isEqualTo(200);
    assertThat(page.path("items").size()).isEqualTo(500);
    assertThat(page.path("totalItems").asLong()).isEqualTo(1234);
    assertThat(page.path("totalPages").asInt()).isEqualTo(3);
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("links").path("self").asString())
        .isEqualTo("/api/v1/samples?from=2026-01-01&page=0&size=500");
    assertThat(page.path("links").has("prev")).isFalse();
    assertThat(page.path("links").path("next").asString()).contains("from=2026-01-01", "page=1");
    assertThat(page.path("links").path("last").asString()).contains("page=2");

    JsonNode last =
        JSON.readTree(http().get(page.path("links").path("last").asString(), Map.of()).body());
    assertThat(last.path("items").size()).isEqualTo(234);
    assertThat(last.path("items").get(233).path("number").asInt()).isEqualTo(1234);
    assertThat(last.path("links").has("next")).isFalse();
    assertThat(last.path("links").path("prev").asString()).contains("page=1");

    JsonNode descending =
        JSON.readTree(
            http().get("/api/v1/samples?from=2026-01-01&sort=number,desc", Map.of()).body());
    assertThat(descending.path("items").get(0).path("number").asInt()).isEqualTo(1234);
    assertThat(descending.path("size").asInt()).isEqualTo(50);
  }

  @Test
  void outOfRangePagingIsRefusedNamingTheParameterAndTheRange() {
    JsonNode size =
        firstError(problem(http().get("/api/v1/samples?from=2026-01-01&size=501", Map.of()), 400));
    assertThat(size.path("field").asString()).isEqualTo("size");
    assertThat(size.path("expected").asString()).isEqualTo("số nguyên từ 1 đến 500");
    assertThat(
            firstError(
                    problem(http().get("/api/v1/samples?from=2026-01-01&page=-1", Map.of()), 400))
                .path("field")
                .asString())
        .isEqualTo("page");
    assertThat(
            firstError(problem(http().get("/api/v1/samples?from=2026-01-01&page=x", Map.of()), 400))
                .path("field")
                .asString())
        .isEqualTo("page");
    JsonNode sort =
        firstError(
            problem(http().get("/api/v1/samples?from=2026-01-01&sort=secret,asc", Map.of()), 400));
    assertThat(sort.path("allowed").valueStream().map(JsonNode::asString))
        .containsExactly("number", "title");
    JsonNode direction =
        firstError(
            problem(
                http().get("/api/v1/samples?from=2026-01-01&sort=number,sideways", Map.of()), 400));
    assertThat(direction.path("allowed").valueStream().map(JsonNode::asString))
        .containsExactly("asc", "desc");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"title\":1e25,\"progress\":1}|title",
        "{\"title\":true,\"progress\":1}|title",
        "{\"title\":{\"a\":1},\"progress\":1}|title",
        "{\"title\":\"x\",\"progress\":\"50\"}|progress",
        "{\"title\":\"x\",\"progress\":50.7}|progress",
        "{\"title\":\"x\",\"progress\":null}|progress",
        "{\"title\":\"x\",\"progress\":1,\"extra\":1}|extra",
        "{\"title\":\"x\",\"progress\":1,\"state\":0}|state",
        "{\"title\":\"x\",\"progress\":1,\"state\":\"NOPE\"}|state",
        "{\"title\":\"x\",\"progress\":1,\"dueDate\":20260101}|dueDate",
        "{\"title\":\"x\",\"progress\":1,\"dueDate\":\"2026-02-30\"}|dueDate",
        "{\"title\":\"x\",\"progress\":1,\"dueDate\":\"\"}|dueDate",
        "{\"title\":\"x\",\"progress\":1,\"tags\":\"a\"}|tags",
        "{\"title\":\"x\",\"progress\":1,\"tags\":[1]}|tags[0]",
        "{\"title\":\"a\\u202eb\",\"progress\":1}|title",
        "{\"title\":\"a\\u200bb\",\"progress\":1}|title",
        "{\"title\":\"\\ufeffab\",\"progress\":1}|title",
        "{\"title\":\"a\\u2066b\",\"progress\":1}|title",
        "{\"title\":\"a\\ud800b\",\"progress\":1}|title"
      })
  void writesAreReadStrictlyAndNameTheField(String caseAndField) {
    String[] parts = caseAndField.split("\\|");
    JsonNode error = firstError(problem(post(parts[0]), 400));
    assertThat(error.path("field").asString()).isEqualTo(parts[1]);
    assertThat(error.path("message").asString()).isNotBlank();
  }

  @Test
  void unknownPropertiesListTheKnownOnes() {
    JsonNode error = firstError(problem(post("{\"title\":\"x\",\"progress\":1,\"extra\":1}"), 400));
    assertThat(error.path("allowed").valueStream().map(JsonNode::asString))
        .contains("title", "progress", "dueDate", "state", "tags");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"title\":\"x\",\"title\":\"y\",\"progress\":1}",
        "{\"title\":\"x\",\"progress\":1} {}",
        "{\"title\":",
        "[]",
        "\"x\"",
        ""
      })
  void bodiesThatAreNotOneJsonObjectAreRefused(String body) {
    problem(post(body), 400);
  }

  @Test
  void multipartWithoutBoundaryOrWithoutItsPartsIsA400() {
    problem(
        http()
            .send(
                "POST",
                "/api/v1/samples/upload",
                Map.of("Content-Type", "multipart/form-data"),
                "x".getBytes(StandardCharsets.UTF_8)),
        400);
    String noMeta =
        "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nabc\r\n--b--\r\n";
    JsonNode missing =
        problem(
            http()
                .send(
                    "POST",
                    "/api/v1/samples/upload",
                    Map.of("Content-Type", "multipart/form-data; boundary=b"),
                    noMeta.getBytes(StandardCharsets.UTF_8)),
            400);
    assertThat(firstError(missing).path("field").asString()).isEqualTo("meta");
    String badMeta =
        "--b\r\nContent-Disposition: form-data; name=\"meta\"\r\n"
            + "Content-Type: application/json\r\n\r\n{\"title\":7,\"progress\":1}\r\n--b--\r\n";
    JsonNode typed =
        problem(
            http()
                .send(
                    "POST",
                    "/api/v1/samples/upload",
                    Map.of("Content-Type", "multipart/form-data; boundary=b"),
                    badMeta.getBytes(StandardCharsets.UTF_8)),
            400);
    assertThat(firstError(typed).path("field").asString()).isEqualTo("title");
  }

  @Test
  void wrongMethodContentTypeAndAcceptAreProblems() {
    problem(http().send("DELETE", "/api/v1/samples", Map.of(), null), 405);
    JsonNode unsupported =
        problem(
            http()
                .send(
                    "POST",
                    "/api/v1/samples",
                    Map.of("Content-Type", "text/plain"),
                    "x".getBytes(StandardCharsets.UTF_8)),
            415);
    assertThat(firstError(unsupported).path("allowed").toString()).contains("application/json");
    problem(
        http().get("/api/v1/samples?from=2026-01-01", Map.of("Accept", "application/xml")), 406);
    problem(
        http()
            .send(
                "POST",
                "/api/v1/samples",
                Map.of("Content-Type", "application/yaml"),
                "title: x\nprogress: '5'\n".getBytes(StandardCharsets.UTF_8)),
        415);
    problem(http().get("/api/v1/nothing-here", Map.of()), 404);
    RawHttp.Response error = http().get("/error", Map.of());
    assertThat(error.status()).as(error.text()).isEqualTo(404);
    problem(error, 404);
  }

  @Test
  void theAsyncApiDocumentIsServedAndEverySchemaItNamesResolves() {
    RawHttp.Response document = http().get("/asyncapi.yaml", Map.of());
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.contentType()).startsWith("application/yaml");
    assertThat(document.text()).contains("asyncapi: 3.0.0", "vn.dienbien.report.overdue.v1");
    Matcher refs = Pattern.compile("'\\./(asyncapi/schemas/[^']+)'").matcher(document.text());
    int count = 0;
    while (refs.find()) {
      RawHttp.Response schema = http().get("/" + refs.group(1), Map.of());
      assertThat(schema.status()).as(refs.group(1)).isEqualTo(200);
      assertThat(schema.text()).as(refs.group(1)).contains("json-schema.org");
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(18);
    problem(http().get("/asyncapi/schemas/report/nope.v1.json", Map.of()), 404);
  }

  @Test
  void theOpenApiDocumentNamesTheServiceAndDocumentsPagingErrorsAndMultipart() {
    RawHttp.Response response = http().get("/v3/api-docs", Map.of());
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    JsonNode docs = JSON.readTree(response.body());
    assertThat(docs.isObject()).as(response.text()).isTrue();
    assertThat(docs.path("info").path("title").asString())
        .isEqualTo("Dịch vụ thử nghiệm của platform");
    assertThat(docs.path("info").path("description").asString()).contains("/asyncapi.yaml");
    assertThat(docs.path("externalDocs").path("url").asString()).isEqualTo("/asyncapi.yaml");
    JsonNode list = docs.path("paths").path("/api/v1/samples").path("get");
    assertThat(list.path("parameters").findValuesAsString("name"))
        .contains("state", "from", "page", "size", "sort")
        .doesNotContain("page_1");
    assertThat(list.path("responses").has("400")).isTrue();
    JsonNode upload =
        docs.path("paths")
            .path("/api/v1/samples/upload")
            .path("post")
            .path("requestBody")
            .path("content")
            .path("multipart/form-data");
    assertThat(upload.path("encoding").path("meta").path("contentType").asString())
        .isEqualTo("application/json");
    assertThat(docs.toString()).doesNotContain("\"X-Unit-Id\"");
  }
}
