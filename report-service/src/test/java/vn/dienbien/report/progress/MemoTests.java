package vn.dienbien.report.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dienbien.testsupport.time.TestClock;

class MemoTests {

  private final TestClock clock = TestClock.startingAt(LocalDateTime.of(2027, 6, 15, 9, 0));
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final Memo<String, String> memo = new Memo<>("test", 2, clock, meters);
  private final AtomicInteger computed = new AtomicInteger();
  private final ExecutorService callers = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopCallers() {
    callers.shutdownNow();
  }

  @Test
  void theSameKeyAtTheSameChangeCountIsComputedOnce() {
    assertThat(memo.get("a", 1, answer("A", Duration.ofHours(1))).value()).isEqualTo("A#1");
    assertThat(memo.get("a", 1, answer("A", Duration.ofHours(1))).value()).isEqualTo("A#1");

    assertThat(computed).hasValue(1);
    assertThat(count("hit")).isEqualTo(1.0);
    assertThat(count("miss")).isEqualTo(1.0);
  }

  @Test
  void anotherChangeCountComputesAgain() {
    memo.get("a", 1, answer("A", Duration.ofHours(1)));

    assertThat(memo.get("a", 2, answer("A", Duration.ofHours(1))).value()).isEqualTo("A#2");
    assertThat(count("miss")).isEqualTo(2.0);
  }

  @Test
  void aResultHoldsUntilItsValidUntilAndNotForAnEarlierTime() {
    memo.get("a", 1, answer("A", Duration.ofMinutes(30)));

    clock.advance(Duration.ofMinutes(29));
    assertThat(memo.get("a", 1, answer("A", Duration.ofMinutes(30))).value()).isEqualTo("A#1");
    clock.advance(Duration.ofMinutes(1));
    assertThat(memo.get("a", 1, answer("A", Duration.ofMinutes(30))).value()).isEqualTo("A#2");
    clock.travelTo(LocalDateTime.of(2027, 6, 15, 8, 0));
    assertThat(memo.get("a", 1, answer("A", Duration.ofMinutes(30))).value()).isEqualTo("A#3");
  }

  @Test
  void aFailureIsThrownToItsCallerAndNeverKept() {
    Supplier<Memo.Computed<String>> failing =
        () -> {
          computed.incrementAndGet();
          throw new IllegalArgumentException("no such directive");
        };
    assertThatThrownBy(() -> memo.get("a", 1, failing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such directive");

    assertThat(memo.get("a", 1, answer("A", Duration.ofHours(1))).value()).isEqualTo("A#2");
  }

  @Test
  void keepsOnlyTheMostRecentlyUsedKeys() {
    memo.get("a", 1, answer("A", Duration.ofHours(1)));
    memo.get("b", 1, answer("B", Duration.ofHours(1)));
    memo.get("a", 1, answer("A", Duration.ofHours(1)));
    memo.get("c", 1, answer("C", Duration.ofHours(1)));

    assertThat(memo.size()).isEqualTo(2);
    assertThat(memo.get("a", 1, answer("A", Duration.ofHours(1))).value()).isEqualTo("A#1");
    assertThat(memo.get("b", 1, answer("B", Duration.ofHours(1))).value()).isEqualTo("B#4");
  }

  @Test
  void callersAskingDuringTheComputationWaitForItInsteadOfComputingAgain() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<Memo.Computed<String>> slow =
        () -> {
          started.countDown();
          await(release);
          return answer("A", Duration.ofHours(1)).get();
        };
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(() -> memo.get("a", 1, slow).value(), callers);
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> second =
        CompletableFuture.supplyAsync(
            () -> memo.get("a", 1, answer("A", Duration.ofHours(1))).value(), callers);
    while (count("hit") < 1.0) {
      Thread.onSpinWait();
    }
    assertThat(second).isNotDone();

    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("A#1");
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("A#1");
    assertThat(computed).hasValue(1);
  }

  private Supplier<Memo.Computed<String>> answer(String value, Duration valid) {
    return () -> {
      Instant now = clock.instant();
      return new Memo.Computed<>(value + "#" + computed.incrementAndGet(), now, now.plus(valid));
    };
  }

  private double count(String result) {
    return meters
        .get("progress.memo.requests")
        .tag("memo", "test")
        .tag("result", result)
        .counter()
        .count();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
