package vn.dienbien.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per user, in this instance's memory: N instances allow N times the rate, an
 * accepted limit for stopping runaway scripts and mistakes rather than a quota.
 */
final class WriteRateLimiter {

  private static final int MAX_TRACKED = 10_000;

  private final double capacity;
  private final double perNano;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  WriteRateLimiter(int capacity, int perMinute, LongSupplier nanoTime) {
    this.capacity = capacity;
    this.perNano = perMinute / (double) TimeUnit.MINUTES.toNanos(1);
    this.nanoTime = nanoTime;
  }

  /** 0 when the write may go ahead, else the seconds to wait. */
  long tryAcquire(String user) {
    if (buckets.size() > MAX_TRACKED) {
      long now = nanoTime.getAsLong();
      buckets.values().removeIf(b -> b.isFull(now));
    }
    return buckets
        .computeIfAbsent(user, u -> new Bucket(nanoTime.getAsLong()))
        .take(nanoTime.getAsLong());
  }

  private final class Bucket {
    private double tokens = capacity;
    private long updated;

    Bucket(long now) {
      this.updated = now;
    }

    synchronized long take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / TimeUnit.SECONDS.toNanos(1)));
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= capacity;
    }

    private void refill(long now) {
      tokens = Math.min(capacity, tokens + (now - updated) * perNano);
      updated = now;
    }
  }
}
