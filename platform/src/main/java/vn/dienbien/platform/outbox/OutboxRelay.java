package vn.dienbien.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes pending outbox events to Kafka, oldest first, and removes each one once the broker has
 * acknowledged it ({@code acks=all}, idempotent producer). With Kafka down it keeps the events and
 * retries with backoff. Only one instance of a service relays at a time (a ShedLock lease), so N
 * instances do not race each other; a duplicate after a crash is absorbed by consumer dedupe.
 */
class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final PendingEvents pending;
  private final EventPublisher publisher;
  private final LockingTaskExecutor locks;
  private final OutboxProperties properties;
  private final MeterRegistry meters;
  private final Clock clock;
  private final String lockName;
  private final Semaphore wakeUps = new Semaphore(0);
  private volatile boolean running;
  private volatile Thread worker;
  private Duration backoff = Duration.ZERO;

  OutboxRelay(
      PendingEvents pending,
      EventPublisher publisher,
      LockingTaskExecutor locks,
      OutboxProperties properties,
      MeterRegistry meters,
      Clock clock,
      String applicationName) {
    this.pending = pending;
    this.publisher = publisher;
    this.locks = locks;
    this.properties = properties;
    this.meters = meters;
    this.clock = clock;
    this.lockName = "outbox-relay-" + applicationName;
  }

  void wake() {
    if (wakeUps.availablePermits() == 0) {
      wakeUps.release();
    }
  }

  @Override
  public void start() {
    running = true;
    worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
  }

  @Override
  public void stop() {
    running = false;
    Thread current = worker;
    if (current != null) {
      current.interrupt();
      try {
        current.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void loop() {
    while (running) {
      try {
        Duration wait = backoff.isZero() ? properties.pollInterval() : backoff;
        wakeUps.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        wakeUps.drainPermits();
        locks.executeWithLock((Runnable) this::drain, lock());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Outbox relay round failed, will retry: {}", e.toString());
        increaseBackoff();
      }
    }
  }

  private LockConfiguration lock() {
    return new LockConfiguration(
        clock.instant(), lockName, properties.lockAtMostFor(), Duration.ZERO);
  }

  /** Publishes batches until nothing is pending or a send fails. */
  void drain() {
    int rounds = 0;
    while (running && rounds++ < properties.maxBatchesPerRound()) {
      List<PendingEvents.Pending> batch = pending.next(properties.batchSize(), clock.instant());
      if (batch.isEmpty()) {
        backoff = Duration.ZERO;
        return;
      }
      List<PendingEvents.Pending> published = publish(batch);
      pending.markPublished(published);
      if (published.size() < batch.stream().filter(PendingEvents.Pending::hasEntry).count()) {
        increaseBackoff();
        return;
      }
      backoff = Duration.ZERO;
    }
  }

  private List<PendingEvents.Pending> publish(List<PendingEvents.Pending> batch) {
    List<PendingEvents.Pending> sendable =
        batch.stream().filter(PendingEvents.Pending::hasEntry).toList();
    List<PendingEvents.Pending> done = new ArrayList<>();
    try {
      List<Boolean> results =
          publisher.publishAll(sendable.stream().map(PendingEvents.Pending::entry).toList());
      for (int i = 0; i < sendable.size(); i++) {
        if (!results.get(i)) {
          break; // keep order: stop at the first event the broker did not take
        }
        done.add(sendable.get(i));
        meters.counter("events.published", "type", sendable.get(i).entry().type()).increment();
      }
    } catch (RuntimeException e) {
      log.warn(
          "Kafka unavailable, {} events stay in the outbox: {}", sendable.size(), e.toString());
    }
    if (done.size() < sendable.size()) {
      meters.counter("outbox.relay.failures").increment();
    }
    // Markers whose document holds no event (write never happened, or already published) go too.
    batch.stream()
        .filter(p -> !p.hasEntry() && p.expired(clock.instant(), properties.markerLease()))
        .forEach(done::add);
    return done;
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
