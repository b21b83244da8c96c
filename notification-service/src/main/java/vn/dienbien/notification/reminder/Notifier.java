package vn.dienbien.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import vn.dienbien.notification.channel.sms.SmsProperties;
import vn.dienbien.notification.channel.sms.SmsText;
import vn.dienbien.notification.delivery.Deliveries;
import vn.dienbien.notification.delivery.Delivery;
import vn.dienbien.notification.delivery.DeliveryContent;
import vn.dienbien.notification.delivery.DeliveryMetrics;
import vn.dienbien.notification.delivery.DeliveryProperties;
import vn.dienbien.notification.delivery.DeliverySource;
import vn.dienbien.notification.delivery.DigestLine;
import vn.dienbien.notification.digest.DigestBook;
import vn.dienbien.notification.digest.DigestProperties;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.notification.rule.Occurrence;
import vn.dienbien.notification.rule.Recipient;
import vn.dienbien.notification.rule.RecipientPlanner;
import vn.dienbien.notification.rule.Rule;
import vn.dienbien.notification.template.MessageTemplates;
import vn.dienbien.notification.template.MessageTemplates.Rendered;

/**
 * Turns an occurrence into deliveries: one per official and channel, rendered now (the log shows
 * what was said), due now or at the end of the SMS quiet hours, or held for a digest. Handling the
 * same event again creates nothing, because the delivery ids are the same. What voids reminders
 * once they are planned is {@link Reminders}'.
 */
@Service
public class Notifier {

  private final RecipientPlanner planner;
  private final MessageTemplates templates;
  private final MessageVariables variables;
  private final Deliveries deliveries;
  private final DigestBook digests;
  private final ReminderIndex reminders;
  private final Reminders voiding;
  private final DeliveryProperties properties;
  private final DigestProperties digest;
  private final SmsProperties sms;
  private final DeliveryMetrics metrics;
  private final Clock clock;

  Notifier(
      RecipientPlanner planner,
      MessageTemplates templates,
      MessageVariables variables,
      Deliveries deliveries,
      DigestBook digests,
      ReminderIndex reminders,
      Reminders voiding,
      DeliveryProperties properties,
      DigestProperties digest,
      SmsProperties sms,
      DeliveryMetrics metrics,
      Clock clock) {
    this.planner = planner;
    this.templates = templates;
    this.variables = variables;
    this.deliveries = deliveries;
    this.digests = digests;
    this.reminders = reminders;
    this.voiding = voiding;
    this.properties = properties;
    this.digest = digest;
    this.sms = sms;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Creates the deliveries an occurrence calls for; returns how many were new. */
  public int notify(Occurrence occurrence) {
    // A rule told only in a digest says nothing to an official who gets none.
    List<Recipient> recipients =
        planner.recipientsOf(occurrence).stream()
            .filter(r -> r.rule().digest() != Rule.Digest.ONLY || digest.holds(r))
            .toList();
    boolean reminderVoid = track(occurrence, recipients);
    int created = 0;
    for (Recipient recipient : recipients) {
      boolean voided = reminderVoid && recipient.rule().cancelOnSubmission();
      Delivery delivery = delivery(occurrence, recipient, voided);
      Deliveries.Opened opened = deliveries.open(delivery);
      opened.current().filter(Delivery::heldForDigest).ifPresent(digests::hold);
      if (opened.created()) {
        created++;
        metrics.created(recipient.channel(), occurrence.kind().name());
        if (delivery.heldForDigest()) {
          metrics.held();
        }
      }
    }
    return created;
  }

  /** Records the obligation's reminders; true if void already (report in, date extended). */
  private boolean track(Occurrence occurrence, List<Recipient> recipients) {
    String obligation = occurrence.obligationId();
    if (obligation == null) {
      return false;
    }
    boolean reminderVoid =
        reminders.voids(
            obligation, occurrence.fact("dueOn") instanceof LocalDate dueOn ? dueOn : null);
    reminders.track(
        obligation,
        ids(occurrence, recipients.stream().filter(r -> r.rule().cancelOnSubmission())));
    if (occurrence.kind() == MessageKind.REPORT_SUBMITTED) {
      reminders.awaitingReview(obligation, ids(occurrence, recipients.stream()));
    }
    return reminderVoid;
  }

  /** The report of an obligation is in: its waiting reminders are void. */
  public int reportSubmitted(String obligationId) {
    return voiding.reportSubmitted(obligationId);
  }

  /** An approved extension moved the obligation's due date to {@code dueOn}. */
  public int dueDateMoved(String obligationId, LocalDate dueOn) {
    return voiding.dueDateMoved(obligationId, dueOn);
  }

  /** The report was reviewed: news that it awaits review, not sent yet, is void. */
  public void reportReviewed(String obligationId) {
    voiding.reportReviewed(obligationId);
  }

  /** The report was returned for rework: reminders for the obligation count again. */
  public void reportReturned(String obligationId) {
    voiding.reportReturned(obligationId);
  }

  private static List<String> ids(Occurrence occurrence, Stream<Recipient> recipients) {
    return recipients
        .map(r -> Delivery.idOf(occurrence.eventId(), r.contact().id(), r.channel()))
        .toList();
  }

  private Delivery delivery(Occurrence occurrence, Recipient recipient, boolean voided) {
    Channel channel = recipient.channel();
    Instant now = clock.instant();
    boolean held = !voided && digest.holds(recipient);
    Instant due =
        held
            ? digest.nextSendTime(now, clock.getZone())
            : channel == Channel.SMS ? properties.quietHours().release(now, clock.getZone()) : now;
    if (!held && !voided && due.isAfter(now)) {
      metrics.deferred(channel);
    }
    DeliverySource source = source(occurrence, recipient, now);
    DeliveryContent content = content(occurrence, recipient, due);
    String contactId = recipient.contact().id();
    if (voided) {
      return source.voided(contactId, channel, content, due, now);
    }
    return held
        ? source.held(
            contactId, content, due, now, DigestLine.of(occurrence, digest.heldByRole(recipient)))
        : source.pending(contactId, channel, content, due, now);
  }

  private static DeliverySource source(Occurrence occurrence, Recipient recipient, Instant now) {
    return new DeliverySource(
        occurrence.eventId(),
        occurrence.eventType(),
        occurrence.kind(),
        recipient.rule().name(),
        occurrence.time() == null ? now : occurrence.time().toInstant(),
        occurrence.unitId(),
        occurrence.obligationId(),
        recipient.rule().critical());
  }

  /** Days left or late count to the day the message goes out (quiet hours, digest). */
  private DeliveryContent content(Occurrence occurrence, Recipient recipient, Instant due) {
    Channel channel = recipient.channel();
    LocalDate sendDay = due.atZone(clock.getZone()).toLocalDate();
    Rendered message =
        templates.render(
            recipient.rule().template(), channel, variables.of(occurrence, recipient, sendDay));
    if (channel != Channel.SMS) {
      return new DeliveryContent(message.subject(), message.text(), message.html(), null);
    }
    String text =
        SmsText.shape(
            message.text(),
            sms.encoding().of(occurrence.kind(), recipient.rule().critical()),
            sms.maxLength());
    return new DeliveryContent(message.subject(), text, message.html(), SmsText.segments(text));
  }
}
