package vn.dienbien.localstack.soak;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Retrying a step of the burst the way a patient user would: again after a pause, for a while. */
public final class Steps {

  private static final Duration PAUSE = Duration.ofMillis(500);
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  private Steps() {}

  /** Repeats {@code attempt} until it reports success; counts each repeat in {@code retries}. */
  public static void untilDone(String what, AtomicInteger retries, BooleanSupplier attempt) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!succeeds(attempt)) {
      retries.incrementAndGet();
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " did not succeed within " + PATIENCE);
      }
      pause();
    }
  }

  private static boolean succeeds(BooleanSupplier attempt) {
    try {
      return attempt.getAsBoolean();
    } catch (RuntimeException e) {
      return false; // an error page: try again
    }
  }

  /** Polls until {@code probe} finds something. */
  public static <T> T poll(String what, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      try {
        Optional<T> found = probe.get();
        if (found.isPresent()) {
          return found.get();
        }
      } catch (RuntimeException e) {
        // a service answering with an error is retried like a missing answer
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " not found within " + PATIENCE);
      }
      pause();
    }
  }

  static void pause() {
    try {
      Thread.sleep(PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }
}
