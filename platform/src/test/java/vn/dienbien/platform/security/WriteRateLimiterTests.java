package vn.dienbien.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WriteRateLimiterTests {

  private final AtomicLong now = new AtomicLong();
  private final WriteRateLimiter limiter = new WriteRateLimiter(3, 6, now::get);

  @Test
  void aBurstUpToCapacityPassesThenTheCallerWaitsForTheNextToken() {
    assertThat(limiter.tryAcquire("officer")).isZero();
    assertThat(limiter.tryAcquire("officer")).isZero();
    assertThat(limiter.tryAcquire("officer")).isZero();
    assertThat(limiter.tryAcquire("officer")).as("one token per 10 s").isEqualTo(10);
    assertThat(limiter.tryAcquire("someone-else")).as("buckets are per user").isZero();
  }

  @Test
  void tokensComeBackWithTimeButNeverBeyondCapacity() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("officer");
    }
    now.addAndGet(TimeUnit.SECONDS.toNanos(10));
    assertThat(limiter.tryAcquire("officer")).isZero();
    assertThat(limiter.tryAcquire("officer")).isPositive();
    now.addAndGet(TimeUnit.HOURS.toNanos(1));
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire("officer")).isZero();
    }
    assertThat(limiter.tryAcquire("officer")).isPositive();
  }
}
