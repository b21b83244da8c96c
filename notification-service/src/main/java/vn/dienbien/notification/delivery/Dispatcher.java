package vn.dienbien.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
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
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRegistry;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.platform.due.DueEntry;
import vn.dienbien.platform.lock.Leases;

/**
 * Sends what is due. One instance sweeps at a time (ShedLock), and every delivery is claimed by a
 * guarded update before it is sent, so even two sweepers could not send it twice; a sender that
 * dies mid-send leaves a lease that lapses (machine time), and the next sweep resends with the same
 * request id. Due times and quiet hours are business time (the Clock bean).
 */
@Component
@EnableConfigurationProperties(DeliveryProperties.class)
class Dispatcher {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final DeliverySchedule schedule;
  private final Deliveries deliveries;
  private final DeliveryClaims claims;
  private final ContactRegistry contacts;
  private final Map<Channel, ChannelSender> senders;
  private final DeliveryProperties properties;
  private final DeliveryMetrics metrics;
  private final SendPool pool;
  private final Clock clock;

  Dispatcher(
      DeliverySchedule schedule,
      Deliveries deliveries,
      DeliveryClaims claims,
      ContactRegistry contacts,
      List<ChannelSender> senders,
      DeliveryProperties properties,
      DeliveryMetrics metrics,
      SendPool pool,
      Clock clock) {
    this.schedule = schedule;
    this.deliveries = deliveries;
    this.claims = claims;
    this.contacts = contacts;
    this.senders =
        senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
    this.properties = properties;
    this.metrics = metrics;
    this.pool = pool;
    this.clock = clock;
  }

  /**
   * One read of the due entries, one of their deliveries and one of their officials; then the
   * deliveries are sent in parallel ({@link SendPool}) and the finished entries dropped in one
   * write.
   */
  @Scheduled(fixedDelayString = "${notification.delivery.poll-interval:1s}")
  @SchedulerLock(name = "notification-dispatch", lockAtMostFor = Leases.AT_MOST)
  void sweep() {
    List<DueEntry> due = schedule.due(clock.instant(), properties.batchSize());
    if (due.isEmpty()) {
      return;
    }
    Map<String, Delivery> found =
        deliveries.findAll(due.stream().map(DueEntry::key).toList()).stream()
            .collect(Collectors.toMap(Delivery::id, Function.identity()));
    Map<String, Contact> officials =
        contacts.findAll(found.values().stream().map(d -> d.to().contactId()).distinct().toList());
    Queue<DueEntry> finished = new ConcurrentLinkedQueue<>();
    pool.runAll(
        due.stream()
            .<Runnable>map(entry ->
                () -> {
                  try {
                    if (handle(entry, found.get(entry.key()), officials)) {
                      finished.add(entry);
                    }
                  } catch (RuntimeException e) {
                    // The entry stays; the next sweep tries again. One bad delivery must not stop
                    // the
                    // others.
                    log.error("Could not dispatch delivery {}", entry.key(), e);
                  }
                })
            .toList());
    schedule.removeAll(List.copyOf(finished));
  }

  /** Handles one due entry; true when the entry is done with. */
  private boolean handle(DueEntry entry, Delivery delivery, Map<String, Contact> officials) {
    Instant now = clock.instant();
    if (delivery == null
        || delivery.state().status().isFinal()
        || (delivery.state().status() == DeliveryStatus.PENDING
            && delivery.state().dueAt().isAfter(now))) {
      return true;
    }
    if (delivery.to().channel() == Channel.SMS
        && delivery.state().status() == DeliveryStatus.PENDING
        && properties.quietHours().contains(now, clock.getZone())) {
      deliveries.defer(delivery, properties.quietHours().release(now, clock.getZone()));
      metrics.deferred(Channel.SMS);
      return true;
    }
    var claimed = claims.claim(delivery.id(), now);
    if (claimed.isEmpty()) {
      return false;
    }
    record(claimed.get(), send(claimed.get(), officials.get(delivery.to().contactId())));
    return true;
  }

  private SendOutcome send(Delivery delivery, Contact contact) {
    ChannelSender sender = senders.get(delivery.to().channel());
    String address = contact == null ? null : address(contact, delivery.to().channel());
    if (address == null) {
      return new SendOutcome.Permanent(
          "none",
          "official has no " + delivery.to().channel().name().toLowerCase() + " address any more");
    }
    try {
      return sender.send(
          new Outgoing(
              delivery.id(),
              address,
              delivery.content().subject(),
              delivery.content().text(),
              delivery.content().html()));
    } catch (RuntimeException e) {
      return new SendOutcome.Transient("unknown", "sender error: " + e.getClass().getSimpleName());
    }
  }

  private void record(Delivery claimed, SendOutcome outcome) {
    Channel channel = claimed.to().channel();
    switch (outcome) {
      case SendOutcome.Sent sent -> {
        if (deliveries.sent(claimed, sent)) {
          metrics.sent(
              channel,
              sent.provider(),
              Duration.between(claimed.source().eventTime(), clock.instant()));
        }
      }
      case SendOutcome.Permanent refused -> {
        deliveries.failed(claimed, refused.provider(), refused.reason());
        metrics.failed(channel, refused.provider(), "permanent");
      }
      case SendOutcome.Transient failure
          when claimed.state().attempts() >= properties.maxAttempts() -> {
        deliveries.failed(
            claimed,
            failure.provider(),
            "gave up after " + claimed.state().attempts() + " attempts: " + failure.reason());
        metrics.failed(channel, failure.provider(), "exhausted");
      }
      case SendOutcome.Transient failure -> retry(claimed, failure);
    }
  }

  /** A transient failure: tried again after the configured delay, outside quiet hours for SMS. */
  private void retry(Delivery claimed, SendOutcome.Transient failure) {
    Channel channel = claimed.to().channel();
    Instant due = clock.instant().plus(properties.retryDelay(claimed.state().attempts()));
    if (channel == Channel.SMS) {
      due = properties.quietHours().release(due, clock.getZone());
    }
    deliveries.retryAt(claimed, due, failure.provider(), failure.reason());
    metrics.retried(channel, failure.provider());
    log.info(
        "Delivery {} attempt {} failed ({}); next try at {}",
        claimed.id(),
        claimed.state().attempts(),
        failure.reason(),
        due);
  }

  private static String address(Contact contact, Channel channel) {
    return channel == Channel.EMAIL ? contact.email() : contact.mobile();
  }
}
