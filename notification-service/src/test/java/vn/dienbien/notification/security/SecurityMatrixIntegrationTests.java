package vn.dienbien.notification.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import vn.dienbien.testsupport.security.SecurityMatrixTests;

/**
 * Every endpoint × role answers as {@link AccessPolicy} says; no rule of this service is scoped by
 * the service, so no examples are needed. The anonymous SMS callback gets the generic call ({@code
 * {}} without a key): the controller refuses the body (400), which shows the platform let it
 * through without a token; what the key does with a token-less caller is checked below.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "notification.sms.esms.callback-key=matrix-callback-key")
class SecurityMatrixIntegrationTests extends SecurityMatrixTests {

  private static final String CALLBACK = "/api/v1/sms/delivery-reports/esms";
  private static final String REPORT =
      "{\"SMSID\":\"sms-0\",\"RequestId\":\"no-such-delivery\",\"SendStatus\":5}";

  @Test
  void theSmsCallbackNeedsNoTokenButTheSharedKey() {
    ResponseEntity<String> wrongKey = callback("?key=not-the-key");
    assertThat(wrongKey.getStatusCode().value()).isEqualTo(403);
    assertThat(wrongKey.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(wrongKey.getBody()).doesNotContain("matrix-callback-key");
    assertThat(callback("").getStatusCode().value()).isEqualTo(403);
    // The right key and no token: past the platform and the key, to "no such SMS".
    ResponseEntity<String> rightKey = callback("?key=matrix-callback-key");
    assertThat(rightKey.getStatusCode().value()).isEqualTo(404);
  }

  private ResponseEntity<String> callback(String query) {
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> {})
        .build()
        .post()
        .uri(CALLBACK + query)
        .contentType(MediaType.APPLICATION_JSON)
        .body(REPORT)
        .retrieve()
        .toEntity(String.class);
  }
}
