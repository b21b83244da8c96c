package vn.dienbien.portal.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Loads a page's panels in parallel (virtual threads), so a page takes as long as its slowest API
 * call rather than the sum of them. The {@link Api} carries the token, so no thread-local state is
 * needed in the workers.
 */
@Component
public class Panels implements AutoCloseable {

  /** A panel being loaded. */
  public static final class Pending<T> {
    private final CompletableFuture<Panel<T>> future;

    private Pending(CompletableFuture<Panel<T>> future) {
      this.future = future;
    }

    public Panel<T> get() {
      try {
        return future.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw e;
      }
    }
  }

  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  public <T> Pending<T> start(Supplier<T> loader) {
    return new Pending<>(CompletableFuture.supplyAsync(() -> Panel.load(loader), executor));
  }

  @Override
  public void close() {
    executor.close();
  }
}
