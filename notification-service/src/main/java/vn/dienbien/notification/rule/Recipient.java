package vn.dienbien.notification.rule;

import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.message.Channel;

/** One official to tell about an occurrence on one channel, and the rule that says so. */
public record Recipient(Contact contact, Channel channel, Rule rule) {}
