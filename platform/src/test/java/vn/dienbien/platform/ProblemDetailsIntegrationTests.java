package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.testsupport.IntegrationTestBase;

/** Client mistakes come back as Vietnamese problem+json naming the field, never as a 500. */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsIntegrationTests extends IntegrationTestBase {

  @LocalServerPort int port;

  private record Answer(int status, String contentType, JsonNode body) {}

  private Answer post(String json) {
    return RestClient.create("http://localhost:" + port)
        .post()
        .uri("/api/v1/samples")
        .contentType(MediaType.APPLICATION_JSON)
        .body(json)
        .exchange((request, response) ->
            new Answer(
                response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()),
                new ObjectMapper().readTree(response.getBody())));
  }

  @Test
  void invalidFieldsAreNamedInVietnamese() {
    Answer answer = post("{\"title\":\"\",\"progress\":150}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("code").asText()).isEqualTo("validation");
    assertThat(answer.body().path("errors").findValuesAsText("field"))
        .containsExactly("progress", "title");
    assertThat(answer.body().path("errors").findValuesAsText("message"))
        .contains("không được để trống", "phải nhỏ hơn hoặc bằng 100");
  }

  @Test
  void textIsNormalisedToNfcAndTrimmedAndControlCharactersAreRefused() {
    String decomposed = Normalizer.normalize("Dân vận khéo", Normalizer.Form.NFD);
    Answer answer = post("{\"title\":\"  " + decomposed + " \",\"progress\":1}");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("title").asText()).isEqualTo("Dân vận khéo");
    Answer control = post("{\"title\":\"a\\u0007b\",\"progress\":1}");
    assertThat(control.status()).isEqualTo(400);
    assertThat(control.body().path("errors").get(0).path("field").asText()).isEqualTo("title");
  }

  @Test
  void malformedJsonAndWrongTypesAreClientErrors() {
    assertThat(post("{\"title\":").status()).isEqualTo(400);
    Answer wrongType = post("{\"title\":\"x\",\"progress\":\"nhiều\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.body().path("errors").get(0).path("field").asText()).isEqualTo("progress");
  }

  @Test
  void conflictsAndOversizedBodiesAndUnknownPaths() {
    Answer conflict = post("{\"title\":\"trùng\",\"progress\":1}");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body().path("code").asText()).isEqualTo("duplicate-sample");
    assertThat(conflict.body().path("detail").asText()).isEqualTo("Mẫu đã tồn tại");

    Answer tooLarge = post("{\"title\":\"" + "x".repeat(4096) + "\",\"progress\":1}");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.contentType()).startsWith("application/problem+json");

    HttpStatusCode notFound =
        RestClient.create("http://localhost:" + port)
            .get()
            .uri("/api/v1/none")
            .exchange((request, response) -> response.getStatusCode());
    assertThat(notFound.value()).isEqualTo(404);
  }

  @Test
  void readinessShowsAnonymousCallersTheStatusOnly() throws Exception {
    var health =
        RestClient.create("http://localhost:" + port)
            .get()
            .uri("/actuator/health/readiness")
            .exchange((request, response) ->
                new Answer(
                    response.getStatusCode().value(),
                    null,
                    new ObjectMapper().readTree(response.getBody())));
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().path("status").asText()).isEqualTo("UP");
    assertThat(health.body().has("components")).as("components only for ADMIN/metrics").isFalse();
  }

  @Test
  void chunkedBodiesOverTheLimitAreRefusedToo() throws Exception {
    var client = java.net.http.HttpClient.newHttpClient();
    byte[] big = ("{\"title\":\"" + "x".repeat(8192) + "\",\"progress\":1}").getBytes();
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/samples"))
            .header("Content-Type", "application/json")
            // A publisher of unknown length makes the client send the body chunked, without
            // Content-Length.
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(big)))
            .build();
    var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("payload-too-large");
  }
}
