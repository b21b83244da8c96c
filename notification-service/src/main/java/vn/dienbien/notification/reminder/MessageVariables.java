package vn.dienbien.notification.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRole;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.notification.rule.Occurrence;
import vn.dienbien.notification.rule.Recipient;
import vn.dienbien.notification.rule.Rule;

/**
 * What a template may say to one official, computed when the message is written for the day it is
 * to go out (Asia/Ho_Chi_Minh calendar days): days left or late from the due date, how many
 * reminders this official and the unit have really had (the delivery log), and the role the
 * official is addressed in, so the text asks each for what is theirs to do.
 */
@Component
class MessageVariables {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ReminderCounts reminders;

  MessageVariables(ReminderCounts reminders) {
    this.reminders = reminders;
  }

  Map<String, Object> of(Occurrence occurrence, Recipient recipient, LocalDate sendDay) {
    Contact contact = recipient.contact();
    Map<String, Object> variables = new HashMap<>(occurrence.facts());
    variables.put("recipientName", contact.fullName());
    variables.put("recipientTitle", contact.title());
    variables.put(
        "unitName", occurrence.unitName() == null ? occurrence.unitId() : occurrence.unitName());
    variables.put("addressedAs", addressedAs(contact, recipient.rule()));
    variables.put("sendDate", sendDay.format(DAY));
    if (occurrence.fact("dueOn") instanceof LocalDate dueOn) {
      long daysLeft = ChronoUnit.DAYS.between(sendDay, dueOn);
      variables.put("daysLeft", Math.max(daysLeft, 0));
      variables.put("daysLate", Math.max(-daysLeft, 0));
    }
    if (isReminder(occurrence)) {
      String obligation = occurrence.obligationId();
      variables.put(
          "reminderNumber", reminders.sentTo(contact.id(), obligation, occurrence.eventId()) + 1);
      variables.put(
          "unitReminders",
          reminders.sentToUnit(occurrence.unitId(), obligation, occurrence.eventId()));
    }
    return variables;
  }

  private static boolean isReminder(Occurrence occurrence) {
    return occurrence.obligationId() != null
        && (occurrence.kind() == MessageKind.REPORT_DUE_SOON
            || occurrence.kind() == MessageKind.REPORT_OVERDUE);
  }

  /**
   * HEAD, MONITOR or OFFICER: the highest of the official's roles the rule reached them by (an
   * official who is both unit head and reporting officer, told as head, is asked to direct).
   */
  static String addressedAs(Contact contact, Rule rule) {
    boolean asHead = reachedAs(contact, rule, ContactRole.UNIT_HEAD);
    if (asHead) {
      return "HEAD";
    }
    return reachedAs(contact, rule, ContactRole.MONITORING_OFFICER) ? "MONITOR" : "OFFICER";
  }

  private static boolean reachedAs(Contact contact, Rule rule, ContactRole role) {
    return contact.hasRole(role)
        && rule.recipients().stream().anyMatch(audience -> audience.roles().contains(role));
  }
}
