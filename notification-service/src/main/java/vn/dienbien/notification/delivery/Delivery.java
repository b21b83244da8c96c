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

  /** Taken by its channel: SENT with the provider's message id; the lease ends. */
  Delivery sent(String by, String messageId, Instant now) {
    return moved(
        DeliveryStatus.SENT, attempts, dueAt, deferred, by, messageId, null, now, null, null);
  }

  /** A held email that went out inside digest {@code digest}: SENT, as its first attempt. */
  Delivery sentInDigest(String digest, String by, String messageId, Instant now) {
    return moved(DeliveryStatus.SENT, 1, dueAt, deferred, by, messageId, null, now, null, digest);
  }

  /** Given up on: FAILED, with the reason stripped of addresses; the lease ends. */
  Delivery failed(String by, String reason, Instant now) {
    String safe = Redaction.of(reason);
    return moved(DeliveryStatus.FAILED, attempts, dueAt, deferred, by, null, safe, null, now, null);
  }

  /** Back to wait until {@code due} after a transient failure; the lease ends. */
  Delivery retried(Instant due, String by, String reason) {
    String safe = Redaction.of(reason);
    return moved(DeliveryStatus.PENDING, attempts, due, deferred, by, null, safe, null, null, null);
  }

  /** Still waiting, moved out of the SMS quiet hours to {@code due}. */
  Delivery deferredTo(Instant due) {
    return moved(status, attempts, due, true, provider, null, lastError, null, null, null);
  }

  /**
   * This delivery in another state; what it was planned with stays, a message id, send or failure
   * time not given is kept only if the state had one, and the lease always ends.
   */
  private Delivery moved(
      DeliveryStatus to,
      int tries,
      Instant due,
      boolean moved,
      String by,
      String messageId,
      String error,
      Instant sent,
      Instant failed,
      String digest) {
    return new Delivery(
        id,
        sourceEventId,
        sourceEventType,
        kind,
        rule,
        eventTime,
        unitId,
        contactId,
        channel,
        obligationId,
        critical,
        subject,
        text,
        html,
        segments,
        to,
        tries,
        due,
        moved,
        null,
        by,
        messageId == null ? providerMessageId : messageId,
        error,
        deliveryReport,
        createdAt,
        sent == null ? sentAt : sent,
        failed == null ? failedAt : failed,
        cancelledAt,
        digest == null ? digestId : digest,
        digestLine);
  }

  /** The id of the delivery of event {@code eventId} to one official on one channel. */
  public static String idOf(String eventId, String contactId, Channel channel) {
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
