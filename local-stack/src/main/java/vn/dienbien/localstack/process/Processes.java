package vn.dienbien.localstack.process;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Terminating process trees: SIGTERM first, SIGKILL after a grace period. */
public final class Processes {

  private Processes() {}

  /** Returns true if the process exited within the grace period, false if it had to be killed. */
  public static boolean terminate(ProcessHandle handle, Duration grace) {
    if (!handle.isAlive()) {
      return true;
    }
    List<ProcessHandle> descendants = handle.descendants().toList();
    CompletableFuture<ProcessHandle> exited = handle.onExit();
    handle.destroy();
    try {
      exited.get(grace.toMillis(), TimeUnit.MILLISECONDS);
      descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
      return true;
    } catch (TimeoutException e) {
      descendants.forEach(ProcessHandle::destroyForcibly);
      handle.destroyForcibly();
      awaitQuietly(exited);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      handle.destroyForcibly();
      return false;
    } catch (ExecutionException e) {
      return !handle.isAlive();
    }
  }

  private static void awaitQuietly(CompletableFuture<ProcessHandle> exited) {
    try {
      exited.get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // nothing more we can do
    }
  }
}
