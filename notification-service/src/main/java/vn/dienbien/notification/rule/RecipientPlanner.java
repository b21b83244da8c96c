package vn.dienbien.notification.rule;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRegistry;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.unit.UnitDirectory;

/**
 * Applies the rules to an occurrence: which officials, on which channels. An official reached by
 * two rules on the same channel hears it once, from the first rule listed.
 */
@Component
@EnableConfigurationProperties(NotificationRules.class)
public class RecipientPlanner {

  private final NotificationRules rules;
  private final ContactRegistry contacts;
  private final UnitDirectory units;
  private final MeterRegistry meters;

  RecipientPlanner(
      NotificationRules rules,
      ContactRegistry contacts,
      UnitDirectory units,
      MeterRegistry meters) {
    this.rules = rules;
    this.contacts = contacts;
    this.units = units;
    this.meters = meters;
  }

  public List<Recipient> recipientsOf(Occurrence occurrence) {
    Map<String, Recipient> chosen = new LinkedHashMap<>();
    for (Rule rule : rules.matching(occurrence)) {
      for (Rule.Audience audience : rule.recipients()) {
        for (Contact contact : officials(audience, occurrence)) {
          for (Channel channel :
              contact.channelsFor(occurrence.kind(), rule.channels(), rule.critical())) {
            if (!contact.reachableBy(channel)) {
              meters.counter("notifications.unreachable", "channel", channel.name()).increment();
              continue;
            }
            chosen.putIfAbsent(contact.id() + "|" + channel, new Recipient(contact, channel, rule));
          }
        }
      }
    }
    return new ArrayList<>(chosen.values());
  }

  private List<Contact> officials(Rule.Audience audience, Occurrence occurrence) {
    String unit =
        switch (audience.unit()) {
          case Rule.Audience.EVENT_UNIT -> occurrence.unitId();
          case Rule.Audience.MONITORING_BODY -> units.monitoringBody();
          default -> audience.unit();
        };
    return contacts.ofUnit(unit).stream()
        .filter(c -> audience.roles().stream().anyMatch(c::hasRole))
        .toList();
  }
}
