package vn.dienbien.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;

/**
 * One message to one official on one channel because of one event. The id is derived from (event
 * id, contact id, channel), so a redelivered event finds the delivery it already made and creates
 * nothing; the id also serves as the gateway request id and the email Message-ID. The rendered text
 * is kept, so the log shows what was sent; addresses are not (they live in contacts). A delivery
 * held for a digest keeps its line of the digest ({@code digestLine}).
 */
@Document("deliveries")
public record Delivery(
    @Id String id,
    String sourceEventId,
    String sourceEventType,
    MessageKind kind,
    String rule,
    Instant eventTime,
    String unitId,
    String contactId,
    Channel channel,
    String obligationId,
    boolean critical,
    String subject,
    String text,
    String html,
    Integer segments,
    DeliveryStatus status,
    int attempts,
    Instant dueAt,
    boolean deferred,
    Instant leaseUntil,
    String provider,
    String providerMessageId,
    String lastError,
    String deliveryReport,
    Instant createdAt,
    Instant sentAt,
    Instant failedAt,
    Instant cancelledAt,
    String digestId,
    DigestLine digestLine) {

  static String idOf(String eventId, String contactId, Channel channel) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((eventId + "|" + contactId + "|" + channel).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
