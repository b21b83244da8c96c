package vn.dienbien.contracts.notification;

import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * A notification was handed to the email server or SMS gateway.
 *
 * <p>Wire contract: vn.dienbien.notification.delivered.v1, schema
 * schemas/notification/delivered.v1.json.
 */
public record NotificationDelivered(
    String notificationId,
    String sourceEventId,
    String sourceEventType,
    String contactId,
    String unitId,
    Channel channel,
    String provider,
    int attempts,
    Integer segments,
    OffsetDateTime deliveredAt)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.notification.delivered.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return notificationId;
  }

  public enum Channel {
    EMAIL,
    SMS
  }
}
