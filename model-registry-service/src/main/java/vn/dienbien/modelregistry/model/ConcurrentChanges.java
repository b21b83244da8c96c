package vn.dienbien.modelregistry.model;

import java.util.function.Supplier;

/**
 * Runs a command again when its guarded write lost to another writer (a person, or the
 * re-evaluation reminder job that bumps the model's version). Each attempt reloads the model and
 * re-checks every rule, so a retry is as safe as the first try; after three losses the caller gets
 * the 409.
 */
public final class ConcurrentChanges {

  private static final int ATTEMPTS = 3;

  private ConcurrentChanges() {}

  public static <T> T retry(Supplier<T> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.get();
      } catch (ConcurrentChange lost) {
        if (attempt == ATTEMPTS) {
          throw lost;
        }
      }
    }
  }

  public static void retry(Runnable command) {
    retry(() -> {
      command.run();
      return null;
    });
  }
}
