package vn.dienbien.notification.channel;

/**
 * A message handed to a channel. {@code deliveryId} is stable across retries, so it becomes the SMS
 * gateway's request id and the email's Message-ID: a resend after a crash is recognisable.
 */
public record Outgoing(
    String deliveryId, String address, String subject, String text, String html) {}
