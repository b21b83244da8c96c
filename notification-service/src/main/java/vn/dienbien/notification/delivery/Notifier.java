package vn.dienbien.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.dienbien.notification.channel.sms.SmsProperties;
import vn.dienbien.notification.channel.sms.SmsText;
import vn.dienbien.notification.contact.Contact;
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
 * what was said), due now or at the end of the SMS quiet hours. Handling the same event again
 * creates nothing, because the delivery ids are the same.
 */
@Service
@EnableConfigurationProperties({DeliveryProperties.class, DigestProperties.class})
public class Notifier {

  private final RecipientPlanner planner;
  private final MessageTemplates templates;
  private final MessageVariables variables;
  private final Deliveries deliveries;
  private final ReminderIndex reminders;
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
      ReminderIndex reminders,
      DeliveryProperties properties,
      DigestProperties digest,
      SmsProperties sms,
      DeliveryMetrics metrics,
      Clock clock) {
    this.planner = planner;
    this.templates = templates;
    this.variables = variables;
    this.deliveries = deliveries;
    this.reminders = reminders;
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
    String obligation = occurrence.obligationId();
    // A reminder is void once the report is in, or the due date it names was extended.
    boolean reminderVoid =
        obligation != null
            && reminders.voids(
                obligation, occurrence.fact("dueOn") instanceof LocalDate dueOn ? dueOn : null);
    if (obligation != null) {
      reminders.track(
          obligation,
          ids(occurrence, recipients.stream().filter(r -> r.rule().cancelOnSubmission())));
      if (occurrence.kind() == MessageKind.REPORT_SUBMITTED) {
        reminders.awaitingReview(obligation, ids(occurrence, recipients.stream()));
      }
    }
    int created = 0;
    for (Recipient recipient : recipients) {
      boolean voided = reminderVoid && recipient.rule().cancelOnSubmission();
      Delivery delivery = delivery(occurrence, recipient, voided);
      if (deliveries.open(delivery)) {
        created++;
        metrics.created(recipient.channel(), occurrence.kind().name());
        if (delivery.status() == DeliveryStatus.HELD) {
          metrics.held();
        }
      }
    }
    return created;
  }

  /** The report of an obligation is in: its waiting reminders are void. */
  public int reportSubmitted(String obligationId) {
    if (obligationId == null) {
      return 0;
    }
    return cancel(reminders.submitted(obligationId, clock.instant()));
  }

  private int cancel(List<String> deliveryIds) {
    int cancelled = 0;
    for (String id : deliveryIds) {
      var delivery = deliveries.find(id);
      if (delivery.isPresent() && deliveries.cancel(id)) {
        cancelled++;
        metrics.cancelled(delivery.get().channel());
      }
    }
    return cancelled;
  }

  /**
   * An approved extension moved the obligation's due date to {@code dueOn}: reminders about the old
   * date still waiting (quiet hours, digest) are cancelled; report-service plans the new ones.
   */
  public int dueDateMoved(String obligationId, LocalDate dueOn) {
    return cancel(reminders.moved(obligationId, dueOn));
  }

  /** The report was reviewed: news that it awaits review, not sent yet, is void. */
  public void reportReviewed(String obligationId) {
    if (obligationId != null) {
      reminders.reviewed(obligationId).forEach(deliveries::cancel);
    }
  }

  /** The report was returned for rework: reminders for the obligation count again. */
  public void reportReturned(String obligationId) {
    if (obligationId != null) {
      reminders.reopened(obligationId);
    }
  }

  private static List<String> ids(Occurrence occurrence, Stream<Recipient> recipients) {
    return recipients
        .map(r -> Delivery.idOf(occurrence.eventId(), r.contact().id(), r.channel()))
        .toList();
  }

  private Delivery delivery(Occurrence occurrence, Recipient recipient, boolean cancelled) {
    Contact contact = recipient.contact();
    Channel channel = recipient.channel();
    Instant now = clock.instant();
    boolean held = !cancelled && digest.holds(recipient);
    Instant due =
        held
            ? digest.nextSendTime(now, clock.getZone())
            : channel == Channel.SMS ? properties.quietHours().release(now, clock.getZone()) : now;
    boolean deferred = !held && due.isAfter(now);
    if (deferred && !cancelled) {
      metrics.deferred(channel);
    }
    // Days left or late are counted to the day the message goes out (quiet hours, digest).
    LocalDate sendDay = due.atZone(clock.getZone()).toLocalDate();
    Rendered message =
        templates.render(
            recipient.rule().template(), channel, variables.of(occurrence, recipient, sendDay));
    String text =
        channel == Channel.SMS
            ? SmsText.shape(
                message.text(),
                sms.encoding().of(occurrence.kind(), recipient.rule().critical()),
                sms.maxLength())
            : message.text();
    DeliveryStatus status =
        cancelled ? DeliveryStatus.CANCELLED : held ? DeliveryStatus.HELD : DeliveryStatus.PENDING;
    return new Delivery(
        Delivery.idOf(occurrence.eventId(), contact.id(), channel),
        occurrence.eventId(),
        occurrence.eventType(),
        occurrence.kind(),
        recipient.rule().name(),
        occurrence.time() == null ? now : occurrence.time().toInstant(),
        occurrence.unitId(),
        contact.id(),
        channel,
        occurrence.obligationId(),
        recipient.rule().critical(),
        message.subject(),
        text,
        message.html(),
        channel == Channel.SMS ? SmsText.segments(text) : null,
        status,
        0,
        due,
        deferred,
        null,
        null,
        null,
        null,
        null,
        now,
        null,
        null,
        cancelled ? now : null,
        null,
        held ? DigestLine.of(occurrence, digest.heldByRole(recipient)) : null);
  }
}
