package vn.dienbien.report.progress;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Results computed once and shared by every caller until what they were computed from changes: the
 * projection's change count ({@code changes}, read by the caller before the computation reads any
 * row) or the time ({@link Computed#validUntil}, the first instant at which a status, a number of
 * days or the day itself would differ). Callers that ask while the result is being computed wait
 * for that one computation instead of starting their own, so fifty sessions opening the same board
 * cost one. A failed computation is never kept. Bounded: the least recently used key is dropped
 * beyond {@code maxKeys}. A small synchronised map rather than a cache library: Caffeine is not on
 * the classpath, and the critical section is a map lookup; the computation runs outside it.
 */
final class Memo<K, V> {

  /**
   * A result, the instant it was computed for and the first instant at which it may no longer be
   * what a new computation gives: it holds from {@code validFrom} (a clock set back, as tests do,
   * leaves it) until just before {@code validUntil}.
   */
  record Computed<V>(V value, Instant validFrom, Instant validUntil) {

    boolean holdsAt(Instant instant) {
      return !instant.isBefore(validFrom) && instant.isBefore(validUntil);
    }
  }

  private record Held<V>(long changes, FutureTask<Computed<V>> task) {}

  private final Map<K, Held<V>> entries;
  private final Clock clock;
  private final Counter hits;
  private final Counter misses;

  Memo(String name, int maxKeys, Clock clock, MeterRegistry meters) {
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, Held<V>> eldest) {
            return size() > maxKeys;
          }
        };
    this.hits = counter(meters, name, "hit");
    this.misses = counter(meters, name, "miss");
  }

  /** The result for {@code key} at {@code changes}, computed by {@code compute} if none is held. */
  Computed<V> get(K key, long changes, Supplier<Computed<V>> compute) {
    Instant now = clock.instant();
    FutureTask<Computed<V>> task;
    synchronized (entries) {
      Held<V> held = entries.get(key);
      if (held != null && current(held, changes, now)) {
        task = held.task();
        hits.increment();
      } else {
        task = new FutureTask<>(compute::get);
        entries.put(key, new Held<>(changes, task));
        misses.increment();
      }
    }
    task.run(); // runs once: a no-op for a task already started by another caller
    return result(key, task);
  }

  private static boolean current(Held<?> held, long changes, Instant now) {
    return held.changes() == changes
        && switch (held.task().state()) {
          case RUNNING -> true;
          case SUCCESS -> held.task().resultNow().holdsAt(now);
          case FAILED, CANCELLED -> false;
        };
  }

  private Computed<V> result(K key, Future<Computed<V>> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + key, e);
    } catch (ExecutionException e) {
      forget(key, task);
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void forget(K key, Future<Computed<V>> failed) {
    synchronized (entries) {
      Held<V> held = entries.get(key);
      if (held != null && held.task() == failed) {
        entries.remove(key);
      }
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private static Counter counter(MeterRegistry meters, String name, String result) {
    return Counter.builder("progress.memo.requests")
        .description("Progress and board reads answered from a held result (hit) or computed")
        .tag("memo", name)
        .tag("result", result)
        .register(meters);
  }
}
