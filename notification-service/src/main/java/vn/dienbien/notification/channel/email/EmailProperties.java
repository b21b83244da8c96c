package vn.dienbien.notification.channel.email;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.email}.
 *
 * @param from sender address shown to officials
 * @param fromName sender name (Vietnamese)
 * @param messageIdDomain right-hand side of the Message-ID derived from the delivery id
 */
@ConfigurationProperties("notification.email")
record EmailProperties(String from, String fromName, String messageIdDomain) {

  EmailProperties {
    from = from == null ? "thongbao@theodoi.dienbien.vn" : from;
    fromName = fromName == null ? "Hệ thống theo dõi chỉ thị – Tỉnh ủy Điện Biên" : fromName;
    messageIdDomain =
        messageIdDomain == null ? "notification.theodoi.dienbien.vn" : messageIdDomain;
  }
}
