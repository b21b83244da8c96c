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

  /** Where a delivery comes from: the event, the rule that called for it and what it concerns. */
  public record Source(
      String eventId,
      String eventType,
      MessageKind kind,
      String rule,
      Instant eventTime,
      String unitId,
      String obligationId,
      boolean critical) {}

  /** What a delivery says, rendered when it is planned. */
  public record Content(String subject, String text, String html, Integer segments) {}

  /** A new delivery waiting until {@code due} (now, or the end of the SMS quiet hours). */
  public static Delivery pending(
      Source source, String contactId, Channel channel, Content content, Instant due, Instant now) {
    return planned(source, contactId, channel, content, DeliveryStatus.PENDING, due, now, null);
  }

  /** A new email kept for the official's digest of the day it is {@code due}. */
  public static Delivery held(
      Source source,
      String contactId,
      Content content,
      Instant due,
      Instant now,
      DigestLine digestLine) {
    return planned(
        source, contactId, Channel.EMAIL, content, DeliveryStatus.HELD, due, now, digestLine);
  }

  /**
   * A delivery void from the start (a reminder arriving after its report, or about a due date since
   * extended): recorded as cancelled, so the log shows it and a replay of the event creates
   * nothing.
   */
  public static Delivery voided(
      Source source, String contactId, Channel channel, Content content, Instant due, Instant now) {
    return planned(source, contactId, channel, content, DeliveryStatus.CANCELLED, due, now, null);
  }

  private static Delivery planned(
      Source source,
      String contactId,
      Channel channel,
      Content content,
      DeliveryStatus status,
      Instant due,
      Instant now,
      DigestLine digestLine) {
    boolean deferred = status != DeliveryStatus.HELD && due.isAfter(now);
    return new Delivery(
        idOf(source.eventId(), contactId, channel),
        source.eventId(),
        source.eventType(),
        source.kind(),
        source.rule(),
        source.eventTime(),
        source.unitId(),
        contactId,
        channel,
        source.obligationId(),
        source.critical(),
        content.subject(),
        content.text(),
        content.html(),
        content.segments(),
        status,
        0,
        due,
        deferred,
        null,
        null,
        null,
        null,
        null,
        now,
        null,
        null,
        status == DeliveryStatus.CANCELLED ? now : null,
        null,
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
