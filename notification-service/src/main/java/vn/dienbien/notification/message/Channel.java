package vn.dienbien.notification.message;

/** How a message reaches an official. */
public enum Channel {
  EMAIL,
  SMS
}
