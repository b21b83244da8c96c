package vn.dienbien.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.dienbien.platform.lock.KeepAliveLocks;

/**
 * Publishes pending outbox events to Kafka, oldest first, and removes each one once the broker has
 * acknowledged it ({@code acks=all}, idempotent producer). With Kafka down it keeps the events and
 * retries with backoff. One instance of a service relays at a time ({@link RelayLease}). A new
 * holder first clears events a dead one had published but not cleared ({@link PublishedTail}), so a
 * crash does not put an event on the topic twice; should that read fail, the duplicate is absorbed
 * by consumer dedupe. Within one instance {@link Handover} hands an event to the producer again
 * only once its earlier send has failed.
 */
class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Duration DRAIN_GRACE = Duration.ofSeconds(10);

  private final RelayRound round;
  private final OutboxProperties properties;
  private final RelayLease lease;
  private final Semaphore wakeUps = new Semaphore(0);
  private volatile boolean running;
  private volatile Thread worker;
  private boolean takingOver;
  private boolean more;
  private Duration backoff = Duration.ZERO;

  OutboxRelay(
      PendingEvents pending,
      EventPublisher publisher,
      KeepAliveLocks locks,
      PublishedTail tail,
      OutboxProperties properties,
      MeterRegistry meters,
      Clock clock,
      String applicationName) {
    this.round =
        new RelayRound(pending, new Handover(publisher, meters), tail, properties, meters, clock);
    this.properties = properties;
    this.lease =
        new RelayLease(locks, clock, "outbox-relay-" + applicationName, properties.lockAtMostFor());
    Gauge.builder("outbox.relay.leader", this, r -> r.isLeader() ? 1 : 0)
        .description("1 on the instance whose relay holds the lease and publishes")
        .register(meters);
  }

  void wake() {
    if (wakeUps.availablePermits() == 0) {
      wakeUps.release();
    }
  }

  boolean isLeader() {
    return lease.held();
  }

  @Override
  public void start() {
    running = true;
    worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
  }

  /**
   * Hands over cleanly: claims no further batch, lets the batch in flight be acknowledged and its
   * markers cleared (so the next holder has nothing to recover), then gives the lease back so
   * another instance takes over at once. A batch still unacknowledged after {@link #DRAIN_GRACE} is
   * abandoned: its events stay pending and the next holder publishes or recovers them.
   */
  @Override
  public void stop() {
    running = false;
    wakeUps.release();
    Thread current = worker;
    if (current != null) {
      try {
        current.join(DRAIN_GRACE);
        if (current.isAlive()) {
          current.interrupt();
          current.join(Duration.ofSeconds(2));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lease.release();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void loop() {
    while (running) {
      try {
        Duration wait = backoff.isZero() ? properties.pollInterval() : backoff;
        if (!more) {
          wakeUps.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        more = false;
        wakeUps.drainPermits();
        if (running && holdLease()) {
          drain();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Outbox relay round failed, will retry: {}", e.toString());
        increaseBackoff();
      }
    }
  }

  /** True when this instance holds the lease, taking it if nobody (alive) does. */
  private boolean holdLease() {
    if (isLeader()) {
      return true;
    }
    if (!lease.take()) {
      return false;
    }
    takingOver = true;
    log.info("Outbox relay lease {} taken: this instance publishes now", lease.name());
    return true;
  }

  /**
   * Runs one round ({@link RelayRound}): publishes batches until nothing is pending, a send fails
   * (then it backs off), the lease is gone, or a batch keeps events whose send is unresolved (read
   * again after the poll interval). A round that read as much as it may runs again at once.
   */
  void drain() {
    RelayRound.Outcome outcome = round.run(takingOver, () -> running && isLeader());
    takingOver = false;
    switch (outcome) {
      case FAILED -> increaseBackoff();
      case MORE -> {
        backoff = Duration.ZERO;
        more = true;
      }
      default -> backoff = Duration.ZERO;
    }
  }

  private void increaseBackoff() {
    Duration next = backoff.isZero() ? properties.pollInterval() : backoff.multipliedBy(2);
    backoff = next.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : next;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }
}
