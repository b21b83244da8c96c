package vn.dienbien.platform.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ShedLock leases that live as long as their holder: while an instance holds a lock, a background
 * thread extends it whenever less than half of {@code lockAtMostFor} is left. So {@code
 * lockAtMostFor} can be short ({@link Leases#AT_MOST}, 10 s): it is no longer how long a job may
 * run but how soon another instance takes over when the holder is killed. ShedLock's own
 * KeepAliveLockProvider does the same but refuses leases under 30 s, which would keep a dead
 * relay's events waiting that long.
 */
public class KeepAliveLocks implements LockProvider, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KeepAliveLocks.class);

  private final LockProvider delegate;
  private final Set<Lease> held = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService renewer;

  public KeepAliveLocks(LockProvider delegate) {
    this.delegate = delegate;
  }

  /** Starts renewing held leases, checking every {@code period}. */
  public KeepAliveLocks start(Duration period) {
    renewer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("lease-keep-alive").daemon().unstarted(r));
    renewer.scheduleWithFixedDelay(
        this::renewAll, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  @Override
  public Optional<SimpleLock> lock(LockConfiguration configuration) {
    return acquire(configuration).map(SimpleLock.class::cast);
  }

  /** Takes the named lease unless a live holder has it. */
  public Optional<Lease> acquire(LockConfiguration configuration) {
    return delegate
        .lock(configuration)
        .map(lock -> {
          Lease lease = new Lease(configuration, lock);
          held.add(lease);
          return lease;
        });
  }

  /** Extends every held lease that is past half its term (the renewer calls this). */
  void renewAll() {
    for (Lease lease : held) {
      lease.renewIfDue();
    }
  }

  @Override
  public void close() {
    if (renewer != null) {
      renewer.shutdownNow();
    }
  }

  /** A held lock that is renewed until it is unlocked or a renewal finds it taken. */
  public final class Lease implements SimpleLock {

    private final LockConfiguration configuration;
    private SimpleLock current;
    private Instant validUntil;
    private boolean released;

    private Lease(LockConfiguration configuration, SimpleLock lock) {
      this.configuration = configuration;
      this.current = lock;
      this.validUntil = configuration.getLockAtMostUntil();
    }

    /** True while the lease is ours: not released, not lost, not lapsed. */
    public synchronized boolean isHeld() {
      return !released && ClockProvider.now().isBefore(validUntil);
    }

    synchronized void renewIfDue() {
      Instant now = ClockProvider.now();
      Duration term = configuration.getLockAtMostFor();
      if (released || validUntil.minus(term.dividedBy(2)).isAfter(now)) {
        return;
      }
      if (!now.isBefore(validUntil)) {
        lost("it lapsed before it could be renewed");
        return;
      }
      try {
        Optional<SimpleLock> next = current.extend(term, Duration.ZERO);
        if (next.isPresent()) {
          current = next.get();
          validUntil = now.plus(term);
        } else {
          lost("another instance holds it");
        }
      } catch (RuntimeException e) {
        log.warn(
            "Could not renew lease {} (will retry): {}", configuration.getName(), e.toString());
      }
    }

    private void lost(String why) {
      released = true;
      held.remove(this);
      log.warn("Lease {} lost: {}", configuration.getName(), why);
    }

    @Override
    public synchronized void unlock() {
      if (released) {
        return;
      }
      released = true;
      held.remove(this);
      try {
        current.unlock();
      } catch (RuntimeException e) {
        log.warn("Could not release lease {}: {}", configuration.getName(), e.toString());
      }
    }
  }
}
