package vn.dienbien.directive.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dienbien.directive.Fixtures;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.testsupport.security.SecurityMatrixTests;
import vn.dienbien.testsupport.security.TestTokens;

/**
 * Every endpoint × role with real tokens (the base class), plus what the matrix cannot see: the
 * extension refusal names no unit, stores nothing, and a forged X-Unit-Id does not help.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "directive.seed.enabled=true")
class SecurityMatrixIntegrationTests extends SecurityMatrixTests {

  static final String MATRIX_ASSIGNMENT = "41-ct-tu:1@XA-MUONG-NHE";
  static final String OTHER_ASSIGNMENT = "41-ct-tu:2@XA-MUONG-NHE";
  static final String OWN_ASSIGNMENT = "41-ct-tu:3@XA-MUONG-NHE";
  // The last day of the directive's period: after the due date and never before today (2026-2030).
  static final String ASK =
      "{\"reason\":\"Lũ quét chia cắt địa bàn\",\"proposedDueDate\":\"2030-12-31\"}";
  static final JsonMapper JSON = JsonMapper.builder().build();

  record Answer(int status, String contentType, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  @Override
  protected Map<String, Example> examples() {
    return Map.of(
        "POST /api/v1/assignments/{id}/extension-requests",
        new Example("/api/v1/assignments/" + MATRIX_ASSIGNMENT + "/extension-requests", ASK));
  }

  /**
   * Three fixed-date assignments of XA-MUONG-NHE, drafted and issued by the Văn phòng (idempotent).
   */
  @BeforeEach
  void issueADirectiveForOwnUnit() {
    String editor = TestTokens.mint("editor.vptu", "VP-TU", "EDITOR");
    var draft =
        Fixtures.directive(
            "41-CT/TU",
            Fixtures.unitTask("1", ownUnit(), "2026-12-31"),
            Fixtures.unitTask("2", ownUnit(), "2026-12-31"),
            Fixtures.unitTask("3", ownUnit(), "2026-12-31"));
    int created = send(POST, "/api/v1/directives", JSON.writeValueAsString(draft), editor).status();
    assertThat(created).isIn(201, 409);
    assertThat(send(POST, "/api/v1/directives/41-ct-tu/issue", null, editor).status())
        .isEqualTo(200);
  }

  @Test
  void theAssignedUnitsOfficerAsksAndIsRecordedAsTheRequester() {
    String officer = TestTokens.mint("officer.muongnhe", ownUnit(), "UNIT_OFFICER");

    Answer asked = send(POST, extensionRequests(OWN_ASSIGNMENT), ASK, officer);

    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    assertThat(pendingExtension(OWN_ASSIGNMENT).path("requestedBy").asString())
        .isEqualTo("officer.muongnhe");
  }

  @Test
  void anotherUnitsOfficerIsRefusedWithoutLearningTheAssignedUnitAndNothingIsStored() {
    String stranger = TestTokens.mint("officer.dienbienphu", otherUnit(), "UNIT_OFFICER");

    Answer refused = send(POST, extensionRequests(OTHER_ASSIGNMENT), ASK, stranger);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    // "instance" echoes the caller's own path; what the service adds must not name the unit
    JsonNode problem = refused.json();
    assertThat(problem.path("detail").asString() + problem.path("title").asString())
        .doesNotContain(ownUnit());
    assertThat(problem.has("errors") || problem.has("trace") || problem.has("exception")).isFalse();
    assertThat(absent(pendingExtension(OTHER_ASSIGNMENT)))
        .as("pending extension after a refusal")
        .isTrue();
  }

  @Test
  void aForgedUnitHeaderDoesNotLetAnotherUnitsOfficerThrough() {
    String stranger = TestTokens.mint("officer.dienbienphu", otherUnit(), "UNIT_OFFICER");

    int status =
        RestClient.create("http://localhost:" + port)
            .post()
            .uri(extensionRequests(OTHER_ASSIGNMENT))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + stranger)
            .header("X-Unit-Id", ownUnit())
            .contentType(MediaType.APPLICATION_JSON)
            .body(ASK)
            .exchange((request, response) -> response.getStatusCode().value());

    assertThat(status).isEqualTo(403);
    assertThat(absent(pendingExtension(OTHER_ASSIGNMENT))).isTrue();
  }

  @Test
  void anOfficerWithoutAUnitClaimCannotAskForAnyUnit() {
    String unitless = TestTokens.mint("officer.nounit", null, "UNIT_OFFICER");

    assertThat(send(POST, extensionRequests(OTHER_ASSIGNMENT), ASK, unitless).status())
        .isEqualTo(403);
  }

  @Test
  void theMatrixNoticesAHandlerWithoutARule() {
    EndpointPolicy withoutExtensions =
        EndpointPolicy.builder()
            .allow(
                POST,
                "/api/v1/assignments/{id}/extension-requests/{requestId}/approve",
                UNIT_OFFICER)
            .read("/api/v1/**", VIEWER)
            .build();

    assertThat(uncovered(withoutExtensions))
        .anyMatch(e -> e.contains("/api/v1/assignments/{id}/extension-requests"))
        .anyMatch(e -> e.contains("/api/v1/units/import"));
  }

  private JsonNode pendingExtension(String assignmentId) {
    String viewer = TestTokens.mint("viewer", null, "VIEWER");
    Answer answer =
        send(
            org.springframework.http.HttpMethod.GET,
            "/api/v1/assignments/" + assignmentId,
            null,
            viewer);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().path("pendingExtension");
  }

  private static boolean absent(JsonNode node) {
    return node.isNull() || node.isMissingNode();
  }

  private static String extensionRequests(String assignmentId) {
    return "/api/v1/assignments/" + assignmentId + "/extension-requests";
  }

  private Answer send(
      org.springframework.http.HttpMethod method, String path, String json, String token) {
    var spec =
        RestClient.create("http://localhost:" + port)
            .method(method)
            .uri(path)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    if (json != null) {
      spec.contentType(MediaType.APPLICATION_JSON).body(json);
    }
    return spec.exchange((request, response) ->
        new Answer(
            response.getStatusCode().value(),
            String.valueOf(response.getHeaders().getContentType()),
            new String(
                response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
  }
}
