package vn.dienbien.notification.channel.email;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.email}.
 *
 * @param from sender address shown to officials
 * @param fromName sender name (Vietnamese)
 * @param messageIdDomain right-hand side of the Message-ID derived from the delivery id
 * @param messagesPerSession mails sent on one kept-open SMTP connection before it is closed
 *     (default 100; servers often cap it)
 */
@ConfigurationProperties("notification.email")
record EmailProperties(
    String from, String fromName, String messageIdDomain, Integer messagesPerSession) {

  EmailProperties {
    from = from == null ? "thongbao@theodoi.dienbien.vn" : from;
    fromName = fromName == null ? "Hệ thống theo dõi chỉ thị – Tỉnh ủy Điện Biên" : fromName;
    messageIdDomain =
        messageIdDomain == null ? "notification.theodoi.dienbien.vn" : messageIdDomain;
    messagesPerSession = messagesPerSession == null ? 100 : messagesPerSession;
    if (messagesPerSession < 1) {
      throw new IllegalArgumentException(
          "notification.email.messages-per-session must be 1 or more");
    }
  }
}
