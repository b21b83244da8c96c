package vn.dienbien.notification.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.channel.ChannelSender;
import vn.dienbien.notification.channel.Outgoing;
import vn.dienbien.notification.channel.SendOutcome;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRegistry;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.template.MessageTemplates;
import vn.dienbien.platform.due.DueEntry;
import vn.dienbien.platform.lock.Leases;

/**
 * Sends each due daily digest as ONE email listing the items held for the official, or, when fewer
 * than {@code min-items} are still held (the rest were cancelled by a submitted report), releases
 * them as separate emails. The digest's Message-ID is derived from (official, day), so a resend
 * after a crash mid-send carries the same id; the held items become SENT only after the SMTP server
 * took the digest, each with its own delivered event.
 */
@Component
@EnableConfigurationProperties(DigestProperties.class)
class DigestSender {

  private static final Logger log = LoggerFactory.getLogger(DigestSender.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final String TEMPLATE = "daily-digest";

  private final DigestBook book;
  private final Deliveries deliveries;
  private final ContactRegistry contacts;
  private final ChannelSender email;
  private final MessageTemplates templates;
  private final DigestProperties properties;
  private final DeliveryMetrics metrics;
  private final Clock clock;

  DigestSender(
      DigestBook book,
      Deliveries deliveries,
      ContactRegistry contacts,
      List<ChannelSender> senders,
      MessageTemplates templates,
      DigestProperties properties,
      DeliveryMetrics metrics,
      Clock clock) {
    this.book = book;
    this.deliveries = deliveries;
    this.contacts = contacts;
    this.email =
        senders.stream().filter(s -> s.channel() == Channel.EMAIL).findFirst().orElseThrow();
    this.templates = templates;
    this.properties = properties;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${notification.digest.poll-interval:30s}")
  @SchedulerLock(name = "notification-digest", lockAtMostFor = Leases.AT_MOST)
  void sweep() {
    for (DueEntry entry : book.due(properties.lastDueDay(clock.instant(), clock.getZone()), 50)) {
      try {
        book.claim(entry).ifPresent(this::handle);
      } catch (RuntimeException e) {
        // The digest stays with its lease; once that lapses, the next sweep tries again.
        log.error("Could not send digest {}", entry.key(), e);
      }
    }
  }

  private void handle(DigestBook.Digest digest) {
    List<Delivery> held =
        deliveries.findAll(digest.deliveryIds()).stream()
            .filter(d -> d.status() == DeliveryStatus.HELD)
            .sorted(Comparator.comparing(Delivery::createdAt))
            .toList();
    var contact = contacts.find(digest.contactId()).filter(c -> c.email() != null);
    if (!properties.worthADigest(held.size()) || contact.isEmpty()) {
      // Separate emails; without an address each one fails on its own and is recorded so.
      held.forEach(d -> deliveries.release(d.id()));
      metrics.digestReleased(held.size());
      close(digest);
      return;
    }
    String digestId = Delivery.idOf("digest:" + digest.day(), digest.contactId(), Channel.EMAIL);
    var message =
        templates.render(TEMPLATE, Channel.EMAIL, variables(contact.get(), digest.day(), held));
    switch (email.send(
        new Outgoing(
            digestId, contact.get().email(), message.subject(), message.text(), message.html()))) {
      case SendOutcome.Sent sent -> {
        held.forEach(d -> deliveries.sentInDigest(d, digestId, sent));
        metrics.digestSent(held.size());
        close(digest);
      }
      case SendOutcome.Permanent refused -> {
        log.warn(
            "Digest {} refused ({}); its {} items go out separately",
            digestId,
            refused.reason(),
            held.size());
        held.forEach(d -> deliveries.release(d.id()));
        metrics.digestReleased(held.size());
        close(digest);
      }
      case SendOutcome.Transient failure ->
          log.info(
              "Digest {} not sent ({}); retried when its lease lapses", digestId, failure.reason());
    }
  }

  /** Items held for this digest while it was being sent missed it: they go out separately. */
  private void close(DigestBook.Digest digest) {
    var late = new HashSet<>(book.close(digest));
    late.removeAll(digest.deliveryIds());
    late.forEach(deliveries::release);
  }

  private static Map<String, Object> variables(
      Contact contact, LocalDate day, List<Delivery> held) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("recipientName", contact.fullName());
    variables.put("recipientTitle", contact.title());
    variables.put("dayLabel", DAY.format(day));
    variables.put("count", held.size());
    variables.put(
        "items",
        held.stream()
            .map(d -> Map.of("subject", d.subject(), "summary", summary(d.text())))
            .toList());
    return variables;
  }

  /** The body of an item without its salutation and signature, which the digest has once. */
  static String summary(String text) {
    String body = text == null ? "" : text;
    int signature = body.indexOf("\n--");
    body = signature >= 0 ? body.substring(0, signature) : body;
    if (body.startsWith("Kính gửi") && body.indexOf('\n') > 0) {
      body = body.substring(body.indexOf('\n') + 1);
    }
    return body.strip();
  }
}
