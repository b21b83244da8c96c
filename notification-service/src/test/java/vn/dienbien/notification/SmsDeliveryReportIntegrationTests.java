package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.dienbien.testsupport.Waits;

/**
 * The gateway's delivery reports carry no token: they are trusted only with the shared key that the
 * service put into the callback URL it gave the gateway.
 */
class SmsDeliveryReportIntegrationTests extends NotificationIntegrationTest {

  private static final String CALLBACK = "/api/v1/sms/delivery-reports/esms";

  @Test
  void theGatewaysOwnReportComesBackWithTheKeyAndAForgedOneWithoutItChangesNothing() {
    String unit = "XA-SIN-THAU";
    Officials.register(http, "Lù Văn Dũng", unit, "REPORTING_OFFICER", null, "0912111701");
    UUID id = kafka.publish(EventFixture.dueSoon(unit, "Xã Sín Thầu", "obl-st-q4", 1));
    // XA-SIN-THAU: the only unit whose officials no other test sends anything to (the context is
    // shared).
    // The local gateway posts DELIVERED to the callback URL it was given: only accepted with the
    // key.
    Waits.background().until(() -> "DELIVERED".equals(sms(id).get("deliveryReport")));
    Map<String, Object> delivery = sms(id);
    String forged = report(delivery, 6);

    for (String key : List.of("?key=wrong-key", "", "?key=")) {
      var answer =
          http.post()
              .uri(CALLBACK + key)
              .contentType(MediaType.APPLICATION_JSON)
              .body(forged)
              .retrieve()
              .toEntity(String.class);
      assertThat(answer.getStatusCode().value()).as(key).isEqualTo(403);
      assertThat(answer.getHeaders().getContentType().toString())
          .startsWith("application/problem+json");
      assertThat(answer.getBody()).doesNotContain("test-callback-key");
    }
    assertThat(sms(id).get("deliveryReport")).isEqualTo("DELIVERED");

    // The same report with the right key is recorded: the refusals above were the key's doing.
    var accepted =
        http.post()
            .uri(CALLBACK + "?key=test-callback-key")
            .contentType(MediaType.APPLICATION_JSON)
            .body(forged)
            .retrieve()
            .toBodilessEntity();
    assertThat(accepted.getStatusCode().value()).isEqualTo(204);
    assertThat(sms(id).get("deliveryReport")).isEqualTo("STATUS_6");
  }

  private Map<String, Object> sms(UUID eventId) {
    List<Map<String, Object>> found = items("/api/v1/notifications?channel=SMS&eventId=" + eventId);
    return found.isEmpty() ? Map.of() : found.getFirst();
  }

  private static String report(Map<String, Object> delivery, int sendStatus) {
    return "{\"SMSID\":\""
        + delivery.get("providerMessageId")
        + "\",\"RequestId\":\""
        + delivery.get("id")
        + "\",\"SendStatus\":"
        + sendStatus
        + ",\"Phone\":\"0912111701\"}";
  }
}
