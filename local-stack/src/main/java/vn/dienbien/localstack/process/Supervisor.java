package vn.dienbien.localstack.process;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Remembers what was started and stops it in reverse order, once, from a shutdown hook (SIGINT /
 * SIGTERM / SIGHUP) or after a failed start.
 */
public final class Supervisor {

  private final Deque<Stoppable> started = new ArrayDeque<>();
  private final PidFiles pidFiles;
  private final Duration grace;
  private boolean stopping;

  public Supervisor(PidFiles pidFiles, Duration grace) {
    this.pidFiles = pidFiles;
    this.grace = grace;
  }

  public synchronized <T extends Stoppable> T register(T component) {
    if (stopping) {
      component.stop(grace);
      throw new IllegalStateException("shutting down");
    }
    started.push(component);
    return component;
  }

  public synchronized boolean isStopping() {
    return stopping;
  }

  /** Stops everything in reverse start order; safe to call more than once. */
  public void stopAll() {
    synchronized (this) {
      if (stopping && started.isEmpty()) {
        return;
      }
      stopping = true;
    }
    while (true) {
      Stoppable next;
      synchronized (this) {
        next = started.poll();
      }
      if (next == null) {
        break;
      }
      long t0 = System.nanoTime();
      System.out.print("  stopping " + next.name() + " … ");
      System.out.flush();
      try {
        next.stop(grace);
        System.out.printf("done (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
      } catch (RuntimeException e) {
        System.out.println("failed: " + e.getMessage());
      }
    }
    pidFiles.clear();
  }
}
