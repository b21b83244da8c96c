package vn.dienbien.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockConfiguration;
import vn.dienbien.platform.lock.KeepAliveLocks;

/**
 * The relay's lease: one instance of a service relays at a time, holding it (kept alive while it
 * runs) until it stops; another takes it within its term when the holder dies.
 */
final class RelayLease {

  private final KeepAliveLocks locks;
  private final Clock clock;
  private final String name;
  private final Duration atMostFor;
  private volatile KeepAliveLocks.Lease lease;

  RelayLease(KeepAliveLocks locks, Clock clock, String name, Duration atMostFor) {
    this.locks = locks;
    this.clock = clock;
    this.name = name;
    this.atMostFor = atMostFor;
  }

  String name() {
    return name;
  }

  boolean held() {
    KeepAliveLocks.Lease current = lease;
    return current != null && current.isHeld();
  }

  /** Takes the lease if nobody (alive) holds it; true when this instance holds it now. */
  boolean take() {
    lease =
        locks
            .acquire(new LockConfiguration(clock.instant(), name, atMostFor, Duration.ZERO))
            .orElse(null);
    return lease != null;
  }

  /**
   * Gives the lease back at once when the store answers; if it does not (shutting down too), the
   * lease lapses by itself within its term and the shutdown is not held up.
   */
  void release() {
    KeepAliveLocks.Lease held = lease;
    lease = null;
    if (held != null) {
      Thread release =
          Thread.ofPlatform().name("outbox-relay-release").daemon().start(held::unlock);
      try {
        release.join(Duration.ofSeconds(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
