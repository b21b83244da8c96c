package vn.dienbien.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
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
   * What became of a batch: {@code done}, its pending events now on Kafka, to be cleared (those in
   * {@code alreadyPublished}, those an earlier send put there, those sent now and acknowledged);
   * {@code failed}, whether a send failed (rather than being still unresolved).
   */
  record Result(List<PendingEvents.Pending> done, boolean failed) {}

  Result publish(List<PendingEvents.Pending> batch, Set<String> alreadyPublished) {
    List<PendingEvents.Pending> done = new ArrayList<>();
    List<List<PendingEvents.Pending>> sendable = new ArrayList<>();
    boolean failed = false;
    int recovered = 0;
    for (List<PendingEvents.Pending> copies : byEvent(batch)) {
      OutboxEntry entry = copies.getFirst().entry();
      switch (earlier(entry, alreadyPublished)) {
        case RECOVERED -> {
          done.addAll(copies);
          recovered++;
          meters.counter("outbox.relay.recovered", "type", entry.type()).increment();
        }
        case SUCCEEDED -> {
          done.addAll(copies);
          meters.counter("events.published", "type", entry.type()).increment();
        }
        case FAILED -> {
          sendable.add(copies);
          failed = true;
        }
        case NONE -> sendable.add(copies);
        case IN_FLIGHT -> {} // neither sent again nor cleared: the broker may still take it
      }
    }
    if (recovered > 0) {
      log.info("{} events were already on Kafka (published by the previous holder)", recovered);
    }
    return new Result(done, !sendNow(sendable, done) || failed);
  }

  /** The batch's events in order, each with the markers pointing at it (usually one). */
  private static Collection<List<PendingEvents.Pending>> byEvent(
      List<PendingEvents.Pending> batch) {
    Map<String, List<PendingEvents.Pending>> byEvent = new LinkedHashMap<>();
    batch.stream()
        .filter(PendingEvents.Pending::hasEntry)
        .forEach(p -> byEvent.computeIfAbsent(p.entry().eventId(), id -> new ArrayList<>()).add(p));
    return byEvent.values();
  }

  /** What became of an event handed over before. */
  private enum Earlier {
    NONE,
    RECOVERED,
    SUCCEEDED,
    FAILED,
    IN_FLIGHT
  }

  /**
   * What became of {@code entry}: found on Kafka at a takeover, or this relay's earlier send of it
   * (forgotten once it resolved).
   */
  private Earlier earlier(OutboxEntry entry, Set<String> alreadyPublished) {
    if (alreadyPublished.contains(entry.eventId())) {
      unresolved.remove(entry.eventId());
      return Earlier.RECOVERED;
    }
    CompletableFuture<?> send = unresolved.get(entry.eventId());
    if (send == null) {
      return Earlier.NONE;
    }
    if (!send.isDone()) {
      return Earlier.IN_FLIGHT;
    }
    unresolved.remove(entry.eventId());
    return send.isCompletedExceptionally() || send.isCancelled()
        ? Earlier.FAILED
        : Earlier.SUCCEEDED;
  }

  /** Sends the events now; false if one of them failed (one still unresolved is kept). */
  private boolean sendNow(
      List<List<PendingEvents.Pending>> sendable, List<PendingEvents.Pending> done) {
    List<OutboxEntry> entries = sendable.stream().map(c -> c.getFirst().entry()).toList();
    boolean allResolvedWell = true;
    try {
      List<CompletableFuture<?>> sends = publisher.sendAll(entries);
      List<Boolean> acknowledged = publisher.acknowledged(entries, sends);
      for (int i = 0; i < entries.size(); i++) {
        if (acknowledged.get(i)) {
          done.addAll(sendable.get(i));
          meters.counter("events.published", "type", entries.get(i).type()).increment();
        } else if (!sends.get(i).isDone()) {
          unresolved.put(entries.get(i).eventId(), sends.get(i));
        } else {
          allResolvedWell = false;
        }
      }
    } catch (RuntimeException e) {
      log.warn("Kafka unavailable, {} events stay in the outbox: {}", entries.size(), e.toString());
      return false;
    }
    return allResolvedWell;
  }
}
