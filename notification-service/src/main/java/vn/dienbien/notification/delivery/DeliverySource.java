package vn.dienbien.notification.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Field;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;

/**
 * Where a delivery comes from: the event, the rule that called for it and what it concerns; it
 * plans the deliveries to each official, new and not yet sent. Part of every delivery, stored and
 * shown with the event's id and type as {@code sourceEventId} and {@code sourceEventType}.
 */
public record DeliverySource(
    @Field("sourceEventId") @JsonProperty("sourceEventId") String eventId,
    @Field("sourceEventType") @JsonProperty("sourceEventType") String eventType,
    MessageKind kind,
    String rule,
    Instant eventTime,
    String unitId,
    String obligationId,
    boolean critical) {

  /** A new delivery waiting until {@code due} (now, or the end of the SMS quiet hours). */
  public Delivery pending(
      String contactId, Channel channel, DeliveryContent content, Instant due, Instant now) {
    return planned(contactId, channel, content, DeliveryStatus.PENDING, due, now, null);
  }

  /** A new email kept for the official's digest of the day it is {@code due}. */
  public Delivery held(
      String contactId, DeliveryContent content, Instant due, Instant now, DigestLine digestLine) {
    return planned(contactId, Channel.EMAIL, content, DeliveryStatus.HELD, due, now, digestLine);
  }

  /**
   * A delivery void from the start (a reminder arriving after its report, or about a due date since
   * extended): recorded as cancelled, so the log shows it and a replay of the event creates
   * nothing.
   */
  public Delivery voided(
      String contactId, Channel channel, DeliveryContent content, Instant due, Instant now) {
    return planned(contactId, channel, content, DeliveryStatus.CANCELLED, due, now, null);
  }

  private Delivery planned(
      String contactId,
      Channel channel,
      DeliveryContent content,
      DeliveryStatus status,
      Instant due,
      Instant now,
      DigestLine digestLine) {
    boolean deferred = status != DeliveryStatus.HELD && due.isAfter(now);
    Instant cancelled = status == DeliveryStatus.CANCELLED ? now : null;
    return new Delivery(
        Delivery.idOf(eventId, contactId, channel),
        this,
        new Delivery.Addressee(contactId, channel),
        content,
        new Delivery.State(status, 0, due, deferred, null),
        new Delivery.Outcome(null, null, null, null, null, null, cancelled),
        now,
        null,
        digestLine);
  }
}
