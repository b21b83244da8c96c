package vn.dienbien.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * One round of the relay's data path. It reads the markers of up to {@code maxBatchesPerRound}
 * batches at once (a read of the marker index costs the pages of the slots it reads, whatever the
 * limit, so reading them once per batch made a drain cost grow with the square of the backlog),
 * then, batch by batch in index order: reads the batch's documents with one {@code _id $in} per
 * collection, hands its events to the producer all at once and waits once for the broker's
 * acknowledgements, and clears what was published with one bulk write per collection and one write
 * per marker page. It stops at the first batch that failed or still waits for the broker, so no
 * event overtakes an earlier one of its key that is not on the topic yet.
 */
final class RelayRound {

  /** How a round ended. */
  enum Outcome {
    /** Nothing was pending. */
    EMPTY,
    /** Everything read was published and more may be pending: run the next round at once. */
    MORE,
    /** Everything pending was published. */
    DONE,
    /** A send failed or the broker could not be reached: back off. */
    FAILED,
    /** A batch keeps events whose send is unresolved: read again after the poll interval. */
    WAITING,
    /** Stopped, or the lease was lost, before the round ended. */
    STOPPED
  }

  private final PendingEvents pending;
  private final Handover handover;
  private final PublishedTail tail;
  private final OutboxProperties properties;
  private final MeterRegistry meters;
  private final Clock clock;

  RelayRound(
      PendingEvents pending,
      Handover handover,
      PublishedTail tail,
      OutboxProperties properties,
      MeterRegistry meters,
      Clock clock) {
    this.pending = pending;
    this.handover = handover;
    this.tail = tail;
    this.properties = properties;
    this.meters = meters;
    this.clock = clock;
  }

  /**
   * Runs one round while {@code go} holds (checked before every batch). {@code takingOver}: this
   * instance has just taken the lease, so the first batch is checked against the topics' tail.
   */
  Outcome run(boolean takingOver, BooleanSupplier go) {
    int batchSize = properties.batchSize();
    int limit = batchSize * Math.max(1, properties.maxBatchesPerRound());
    List<PendingMarker> due = pending.due(limit, clock.instant());
    if (due.isEmpty()) {
      return Outcome.EMPTY;
    }
    boolean checkTail = takingOver;
    for (int from = 0; from < due.size(); from += batchSize) {
      if (!go.getAsBoolean()) {
        return Outcome.STOPPED;
      }
      List<PendingEvents.Pending> batch =
          pending.load(due.subList(from, Math.min(due.size(), from + batchSize)));
      Outcome outcome = publish(batch, checkTail);
      checkTail = false;
      if (outcome != Outcome.DONE) {
        return outcome;
      }
    }
    return due.size() < limit ? Outcome.DONE : Outcome.MORE;
  }

  /** Publishes one batch and clears what is on Kafka now: DONE, FAILED or WAITING. */
  private Outcome publish(List<PendingEvents.Pending> batch, boolean checkTail) {
    Set<String> published = checkTail ? tail.eventIdsOf(batch, properties.batchSize()) : Set.of();
    Handover.Result result = handover.publish(batch, published);
    if (result.failed()) {
      meters.counter("outbox.relay.failures").increment();
    }
    // Markers whose document holds no event (write never happened, or already published) go too.
    batch.stream()
        .filter(p -> !p.hasEntry() && p.expired(clock.instant(), properties.markerLease()))
        .forEach(result.done()::add);
    pending.markPublished(result.done());
    if (result.failed()) {
      return Outcome.FAILED;
    }
    long withEvents = batch.stream().filter(PendingEvents.Pending::hasEntry).count();
    long cleared = result.done().stream().filter(PendingEvents.Pending::hasEntry).count();
    return cleared < withEvents ? Outcome.WAITING : Outcome.DONE;
  }
}
