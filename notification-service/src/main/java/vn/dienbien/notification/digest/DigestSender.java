package vn.dienbien.notification.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.channel.ChannelSender;
import vn.dienbien.notification.channel.Outgoing;
import vn.dienbien.notification.channel.SendOutcome;
import vn.dienbien.notification.contact.ContactRegistry;
import vn.dienbien.notification.delivery.Deliveries;
import vn.dienbien.notification.delivery.Delivery;
import vn.dienbien.notification.delivery.DeliveryMetrics;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.template.MessageTemplates;
import vn.dienbien.platform.due.DueEntry;
import vn.dienbien.platform.lock.Leases;

/**
 * Sends each official's due digests as ONE email, at the day's send time: digests of several past
 * days (the service was down, a catch-up) are merged into one, dated the latest day. A digest held
 * by role always goes out as a summary; one the official opted into releases its items as separate
 * emails when fewer than {@code min-items} are still held (the rest were cancelled by a submitted
 * report). The Message-ID is derived from (official, day), so a resend after a crash mid-send
 * carries the same id; the held items become SENT only after the SMTP server took the digest, each
 * with its own delivered event.
 */
@Component
@EnableConfigurationProperties(DigestProperties.class)
class DigestSender {

  private static final Logger log = LoggerFactory.getLogger(DigestSender.class);
  static final String TEMPLATE = "daily-digest";

  private final DigestBook book;
  private final Deliveries deliveries;
  private final ContactRegistry contacts;
  private final ChannelSender email;
  private final MessageTemplates templates;
  private final DigestContent content;
  private final DigestProperties properties;
  private final DeliveryMetrics metrics;
  private final Clock clock;

  DigestSender(
      DigestBook book,
      Deliveries deliveries,
      ContactRegistry contacts,
      List<ChannelSender> senders,
      MessageTemplates templates,
      DigestContent content,
      DigestProperties properties,
      DeliveryMetrics metrics,
      Clock clock) {
    this.book = book;
    this.deliveries = deliveries;
    this.contacts = contacts;
    this.email =
        senders.stream().filter(s -> s.channel() == Channel.EMAIL).findFirst().orElseThrow();
    this.templates = templates;
    this.content = content;
    this.properties = properties;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${notification.digest.poll-interval:30s}")
  @SchedulerLock(name = "notification-digest", lockAtMostFor = Leases.AT_MOST)
  void sweep() {
    var now = clock.instant();
    LocalDate lastDueDay = properties.lastDueDay(now, clock.getZone());
    if (lastDueDay.isBefore(now.atZone(clock.getZone()).toLocalDate())) {
      return; // before today's send time: a digest missed earlier goes out with today's
    }
    Map<String, List<DueEntry>> byOfficial =
        book.due(lastDueDay, 50).stream()
            .collect(
                Collectors.groupingBy(
                    DigestBook::contactOf, LinkedHashMap::new, Collectors.toList()));
    byOfficial.forEach((contactId, entries) -> {
      try {
        List<DigestBook.Digest> claimed =
            entries.stream().map(book::claim).flatMap(Optional::stream).toList();
        if (!claimed.isEmpty()) {
          handle(contactId, claimed);
        }
      } catch (RuntimeException e) {
        // The digests stay with their leases; once those lapse, the next sweep tries again.
        log.error("Could not send the digest of {}", contactId, e);
      }
    });
  }

  private void handle(String contactId, List<DigestBook.Digest> digests) {
    LocalDate day =
        digests.stream().map(DigestBook.Digest::day).max(Comparator.naturalOrder()).orElseThrow();
    boolean summary = digests.stream().anyMatch(DigestBook.Digest::summary);
    List<Delivery> held = held(digests);
    var contact = contacts.find(contactId).filter(c -> c.email() != null);
    boolean worthIt = summary ? !held.isEmpty() : properties.worthADigest(held.size());
    if (!worthIt || contact.isEmpty()) {
      // Separate emails; without an address each one fails on its own and is recorded so.
      release(held);
      close(digests, summary);
      return;
    }
    String digestId = Delivery.idOf("digest:" + day, contactId, Channel.EMAIL);
    var message = templates.render(TEMPLATE, Channel.EMAIL, content.of(contact.get(), day, held));
    SendOutcome outcome =
        email.send(
            new Outgoing(
                digestId,
                contact.get().email(),
                message.subject(),
                message.text(),
                message.html()));
    record(digestId, outcome, held, digests, summary);
  }

  /** The deliveries these digests hold still, oldest first. */
  private List<Delivery> held(List<DigestBook.Digest> digests) {
    return deliveries
        .findAll(digests.stream().flatMap(d -> d.deliveryIds().stream()).distinct().toList())
        .stream()
        .filter(Delivery::heldForDigest)
        .sorted(Comparator.comparing(Delivery::createdAt))
        .toList();
  }

  private void record(
      String digestId,
      SendOutcome outcome,
      List<Delivery> held,
      List<DigestBook.Digest> digests,
      boolean summary) {
    switch (outcome) {
      case SendOutcome.Sent sent -> {
        held.forEach(d -> deliveries.sentInDigest(d, digestId, sent));
        metrics.digestSent(held.size());
        close(digests, summary);
      }
      case SendOutcome.Permanent refused -> {
        log.warn(
            "Digest {} refused ({}); its {} items go out separately",
            digestId,
            refused.reason(),
            held.size());
        release(held);
        close(digests, summary);
      }
      case SendOutcome.Transient failure ->
          log.info(
              "Digest {} not sent ({}); retried when its lease lapses", digestId, failure.reason());
    }
  }

  private void release(List<Delivery> held) {
    held.forEach(d -> deliveries.release(d.id()));
    metrics.digestReleased(held.size());
  }

  /**
   * Items held for these digests while they were being sent missed them: a summary's wait for the
   * next digest, the others go out separately.
   */
  private void close(List<DigestBook.Digest> digests, boolean summary) {
    var late = new HashSet<String>();
    for (DigestBook.Digest digest : digests) {
      late.addAll(book.close(digest));
      digest.deliveryIds().forEach(late::remove);
    }
    if (summary) {
      LocalDate next =
          properties
              .nextSendTime(clock.instant(), clock.getZone())
              .atZone(clock.getZone())
              .toLocalDate();
      String contactId = digests.getFirst().contactId();
      late.forEach(id -> book.add(next, contactId, id, true));
    } else {
      late.forEach(deliveries::release);
    }
  }
}
