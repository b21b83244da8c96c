package vn.dienbien.notification.contact;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;

/**
 * An official who receives notifications. The only place that holds email addresses and mobile
 * numbers: events and the delivery log refer to officials by {@link #id()} alone.
 *
 * @param mobile E.164, e.g. {@code +84912345678}
 * @param channelPreferences channels the official prefers for a kind (absent: the rule decides)
 * @param optOuts kinds the official does not want (critical messages are still sent)
 * @param digest the official prefers one daily summary email over separate routine emails
 */
@Document("contacts")
public record Contact(
    @Id String id,
    String fullName,
    String title,
    String unitId,
    Set<ContactRole> roles,
    String email,
    String mobile,
    Map<MessageKind, Set<Channel>> channelPreferences,
    Set<MessageKind> optOuts,
    boolean digest,
    boolean demo,
    Instant createdAt,
    Instant updatedAt) {

  public Contact {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    channelPreferences = channelPreferences == null ? Map.of() : Map.copyOf(channelPreferences);
    optOuts = optOuts == null ? Set.of() : Set.copyOf(optOuts);
  }

  public boolean hasRole(ContactRole role) {
    return roles.contains(role);
  }

  public boolean reachableBy(Channel channel) {
    return switch (channel) {
      case EMAIL -> email != null;
      case SMS -> mobile != null;
    };
  }

  /** The channels this official wants for {@code kind}, out of those a rule offers. */
  public Set<Channel> channelsFor(MessageKind kind, Set<Channel> offered, boolean critical) {
    if (critical) {
      return offered;
    }
    if (optOuts.contains(kind)) {
      return Set.of();
    }
    Set<Channel> preferred = channelPreferences.get(kind);
    return preferred == null || preferred.isEmpty() ? offered : preferred;
  }
}
