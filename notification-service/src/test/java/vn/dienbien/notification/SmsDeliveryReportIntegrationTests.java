package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import vn.dienbien.notification.delivery.SmsSendInFlight;
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

  /**
   * The gateway posts its report on its own schedule, which can be before its answer to the send
   * has been recorded (the old code answered 404 and the report was lost under load). Here the
   * report is posted in exactly that window, then the answer is recorded.
   */
  @Test
  void aReportThatComesBeforeTheGatewaysAnswerIsRecordedIsKept() {
    SmsSendInFlight send = SmsSendInFlight.start(context, "contact-early", "XA-SIN-THAU");

    assertThat(postReport(send.deliveryId(), "gw-early-1", 5)).isEqualTo(204);
    assertThat(delivery(send.deliveryId()).get("status")).isEqualTo("SENDING");
    assertThat(send.answered("gw-early-1")).isTrue();

    Map<String, Object> recorded = delivery(send.deliveryId());
    assertThat(recorded.get("status")).isEqualTo("SENT");
    assertThat(recorded.get("providerMessageId")).isEqualTo("gw-early-1");
    assertThat(recorded.get("deliveryReport")).isEqualTo("DELIVERED");
    // A later report of the same message still updates it.
    assertThat(postReport(send.deliveryId(), "gw-early-1", 6)).isEqualTo(204);
    assertThat(delivery(send.deliveryId()).get("deliveryReport")).isEqualTo("STATUS_6");
  }

  @Test
  void anEarlyReportNamingAnotherMessageThanTheGatewayAcceptedDoesNotCount() {
    SmsSendInFlight send = SmsSendInFlight.start(context, "contact-early", "XA-SIN-THAU");

    assertThat(postReport(send.deliveryId(), "gw-other", 5)).isEqualTo(204);
    assertThat(send.answered("gw-accepted")).isTrue();

    Map<String, Object> recorded = delivery(send.deliveryId());
    assertThat(recorded.get("providerMessageId")).isEqualTo("gw-accepted");
    assertThat(recorded.get("deliveryReport")).isNull();
    // Once the answer is in, a report for another message is refused, and nothing changes.
    assertThat(postReport(send.deliveryId(), "gw-other", 5)).isEqualTo(404);
    assertThat(delivery(send.deliveryId()).get("deliveryReport")).isNull();
    assertThat(postReport("no-such-delivery", "gw-other", 5)).isEqualTo(404);
  }

  private int postReport(String deliveryId, String gatewayMessageId, int sendStatus) {
    return http.post()
        .uri(CALLBACK + "?key=test-callback-key")
        .contentType(MediaType.APPLICATION_JSON)
        .body(report(Map.of("id", deliveryId, "providerMessageId", gatewayMessageId), sendStatus))
        .retrieve()
        .toBodilessEntity()
        .getStatusCode()
        .value();
  }

  private Map<String, Object> delivery(String id) {
    return http.get()
        .uri("/api/v1/notifications/" + id)
        .retrieve()
        .body(new ParameterizedTypeReference<Map<String, Object>>() {});
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
