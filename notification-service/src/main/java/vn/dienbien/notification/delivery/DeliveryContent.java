package vn.dienbien.notification.delivery;

/** What a delivery says, rendered when it is planned; {@code segments} for an SMS only. */
public record DeliveryContent(String subject, String text, String html, Integer segments) {}
