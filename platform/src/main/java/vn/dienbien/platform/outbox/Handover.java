package vn.dienbien.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a batch's events to the producer, each event at most once while a send of it may still
 * succeed. A send the broker has not answered within the send timeout is not given up: the producer
 * keeps retrying it, so handing the event over again would put it on the topic twice. It is kept
 * here until it resolves; a later batch meeting the event clears it if that send succeeded, sends
 * it again only if it failed, and leaves it alone while it is unresolved. Every event the broker
 * acknowledged counts as published, whatever happened to the events before it, and an event that
 * several markers point at is sent once.
 */
final class Handover {

  private static final Logger log = LoggerFactory.getLogger(Handover.class);

  private final EventPublisher publisher;
  private final MeterRegistry meters;
  private final Map<String, CompletableFuture<?>> unresolved = new ConcurrentHashMap<>();

  Handover(EventPublisher publisher, MeterRegistry meters) {
    this.publisher = publisher;
    this.meters = meters;
  }

  /**
   * The pending events of {@code batch} now on Kafka, to be cleared: those in {@code
   * alreadyPublished}, those an earlier send put there, and those sent now and acknowledged.
   */
  List<PendingEvents.Pending> publish(
      List<PendingEvents.Pending> batch, Set<String> alreadyPublished) {
    Map<String, List<PendingEvents.Pending>> byEvent = new LinkedHashMap<>();
    batch.stream()
        .filter(PendingEvents.Pending::hasEntry)
        .forEach(p -> byEvent.computeIfAbsent(p.entry().eventId(), id -> new ArrayList<>()).add(p));
    List<PendingEvents.Pending> done = new ArrayList<>();
    List<List<PendingEvents.Pending>> sendable = new ArrayList<>();
    int recovered = 0;
    for (List<PendingEvents.Pending> copies : byEvent.values()) {
      OutboxEntry entry = copies.getFirst().entry();
      if (alreadyPublished.contains(entry.eventId())) {
        unresolved.remove(entry.eventId());
        done.addAll(copies);
        recovered++;
        meters.counter("outbox.relay.recovered", "type", entry.type()).increment();
        continue;
      }
      switch (earlierSend(entry)) {
        case SUCCEEDED -> {
          done.addAll(copies);
          meters.counter("events.published", "type", entry.type()).increment();
        }
        case NONE -> sendable.add(copies);
        case IN_FLIGHT -> {} // neither sent again nor cleared: the broker may still take it
      }
    }
    if (recovered > 0) {
      log.info("{} events were already on Kafka (published by the previous holder)", recovered);
    }
    sendNow(sendable, done);
    return done;
  }

  private enum Earlier {
    NONE,
    SUCCEEDED,
    IN_FLIGHT
  }

  /** What became of this relay's earlier send of {@code entry}; a failed one is forgotten. */
  private Earlier earlierSend(OutboxEntry entry) {
    CompletableFuture<?> send = unresolved.get(entry.eventId());
    if (send == null) {
      return Earlier.NONE;
    }
    if (!send.isDone()) {
      return Earlier.IN_FLIGHT;
    }
    unresolved.remove(entry.eventId());
    return send.isCompletedExceptionally() || send.isCancelled() ? Earlier.NONE : Earlier.SUCCEEDED;
  }

  private void sendNow(
      List<List<PendingEvents.Pending>> sendable, List<PendingEvents.Pending> done) {
    List<OutboxEntry> entries = sendable.stream().map(c -> c.getFirst().entry()).toList();
    try {
      List<CompletableFuture<?>> sends = publisher.sendAll(entries);
      List<Boolean> acknowledged = publisher.acknowledged(entries, sends);
      for (int i = 0; i < entries.size(); i++) {
        if (acknowledged.get(i)) {
          done.addAll(sendable.get(i));
          meters.counter("events.published", "type", entries.get(i).type()).increment();
        } else if (!sends.get(i).isDone()) {
          unresolved.put(entries.get(i).eventId(), sends.get(i));
        }
      }
    } catch (RuntimeException e) {
      log.warn("Kafka unavailable, {} events stay in the outbox: {}", entries.size(), e.toString());
    }
  }
}
