package vn.dienbien.localstack.soak;

import java.util.List;

/**
 * From the last kill on, checks once a second whether the faults' effects are gone ({@link
 * Restoration}), in the background while the burst goes on, and keeps the moment they were and what
 * was the last thing missing before it.
 */
final class RestorationWatch {

  private final Restoration restoration;
  private final long t0;
  private final double lastFault;
  private final Thread watcher;
  private volatile double restoredSeconds = -1;
  private volatile List<String> lastMissing = List.of();

  RestorationWatch(Restoration restoration, long t0, double lastFault) {
    this.restoration = restoration;
    this.t0 = t0;
    this.lastFault = lastFault;
    this.watcher = Thread.ofPlatform().name("soak-restoration").daemon().start(this::watch);
  }

  private void watch() {
    while (!Thread.currentThread().isInterrupted()) {
      List<String> missing = restoration.missing();
      double now = Math.max(0, (System.nanoTime() - t0) / 1e9 - lastFault);
      if (missing.isEmpty()) {
        restoredSeconds = now;
        System.out.printf("  [+%.1f s after the last kill] restored%n", now);
        return;
      }
      if (!missing.equals(lastMissing)) {
        System.out.printf("  [+%.1f s after the last kill] not yet: %s%n", now, missing);
      }
      lastMissing = missing;
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Seconds from the last kill to restored; -1 while it is not. */
  double restoredSeconds() {
    return restoredSeconds;
  }

  /** What was still missing at the last check before restoration. */
  List<String> lastMissing() {
    return lastMissing;
  }

  void stop() {
    watcher.interrupt();
  }
}
