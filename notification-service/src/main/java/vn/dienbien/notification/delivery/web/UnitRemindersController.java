package vn.dienbien.notification.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRegistry;
import vn.dienbien.notification.delivery.Delivery;
import vn.dienbien.notification.delivery.DeliveryLog;
import vn.dienbien.notification.delivery.DeliveryStatus;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

/**
 * A unit's own reminder history: what was sent to the unit's own officials, so its officer can see
 * what they were reminded of and whether it arrived. Unlike the full delivery log (filtered by the
 * unit an event concerns), it holds nothing sent to other units' officials, and no addresses.
 */
@RestController
@Tag(name = "Nhật ký gửi thông báo")
class UnitRemindersController {

  /** One reminder as the unit sees it: to whom (name, title), how, what, and how it went. */
  record Reminder(
      String id,
      MessageKind kind,
      String sourceEventType,
      Channel channel,
      String recipientName,
      String recipientTitle,
      String subject,
      String text,
      DeliveryStatus status,
      Instant createdAt,
      Instant sentAt,
      Instant failedAt) {}

  private final DeliveryLog log;
  private final ContactRegistry contacts;

  UnitRemindersController(DeliveryLog log, ContactRegistry contacts) {
    this.log = log;
    this.contacts = contacts;
  }

  @GetMapping("/api/v1/units/{unitId}/reminders")
  @Operation(
      summary = "Lịch sử nhắc việc của một đơn vị",
      description =
          "Thư điện tử và SMS đã gửi (hoặc đang chờ, thất bại) tới chính cán bộ của đơn vị, mới nhất trước; "
              + "không có địa chỉ liên lạc. Cán bộ đơn vị chỉ xem được đơn vị mình.")
  PagedResponse<Reminder> reminders(
      @Parameter(example = "XA-MUONG-NHE") @PathVariable String unitId, PageQuery page) {
    Map<String, Contact> officials =
        contacts.ofUnit(unitId).stream()
            .collect(Collectors.toMap(Contact::id, Function.identity()));
    DeliveryLog.Page found = log.toContacts(officials.keySet(), page.page(), page.size());
    return PagedResponse.of(found.items(), found.total(), page)
        .map(d -> reminder(d, officials.get(d.to().contactId())));
  }

  private static Reminder reminder(Delivery d, Contact to) {
    return new Reminder(
        d.id(),
        d.source().kind(),
        d.source().eventType(),
        d.to().channel(),
        to == null ? null : to.fullName(),
        to == null ? null : to.title(),
        d.content().subject(),
        d.content().text(),
        d.state().status(),
        d.createdAt(),
        d.outcome().sentAt(),
        d.outcome().failedAt());
  }
}
