package vn.dienbien.contracts.notification;

import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * A notification failed permanently or ran out of retries.
 *
 * <p>Wire contract: vn.dienbien.notification.failed.v1, schema schemas/notification/failed.v1.json.
 */
public record NotificationFailed(
    String notificationId,
    String sourceEventId,
    String sourceEventType,
    String contactId,
    String unitId,
    Channel channel,
    String provider,
    int attempts,
    String reason,
    OffsetDateTime failedAt)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.notification.failed.v1";

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
