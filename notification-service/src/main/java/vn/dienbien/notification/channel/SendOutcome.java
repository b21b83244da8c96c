package vn.dienbien.notification.channel;

/** What the email server or SMS gateway made of a message. */
public sealed interface SendOutcome {

  String provider();

  /** Accepted for delivery. {@code segments} is set for SMS. */
  record Sent(String provider, String messageId, Integer segments) implements SendOutcome {}

  /** Not accepted this time (outage, timeout, unreadable answer): worth another try later. */
  record Transient(String provider, String reason) implements SendOutcome {}

  /** Refused for good (bad credentials, rejected recipient): retrying cannot help. */
  record Permanent(String provider, String reason) implements SendOutcome {}
}
