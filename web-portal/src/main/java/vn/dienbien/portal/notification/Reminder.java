package vn.dienbien.portal.notification;

import java.time.Instant;

/** A reminder sent to one of the unit's own officials, as notification-service lists it. */
public record Reminder(
    String id,
    String kind,
    String channel,
    String recipientName,
    String recipientTitle,
    String subject,
    String text,
    String status,
    Instant createdAt,
    Instant sentAt,
    Instant failedAt) {}
