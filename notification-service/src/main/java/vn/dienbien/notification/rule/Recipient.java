package vn.dienbien.notification.rule;

import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRole;
import vn.dienbien.notification.message.Channel;

/** One official to tell about an occurrence on one channel, and the rule that says so. */
public record Recipient(Contact contact, Channel channel, Rule rule) {

  /** The official holds {@code role} and the rule addresses that role (not just another one). */
  public boolean reachedAs(ContactRole role) {
    return contact.hasRole(role)
        && rule.recipients().stream().anyMatch(audience -> audience.roles().contains(role));
  }
}
