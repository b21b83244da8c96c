package vn.dienbien.localstack.soak;

/** One line every 3 s while the soak runs: what the burst did and how the streams keep up. */
final class Progress {

  private final long t0;
  private final StreamAudit stream;
  private final Lag lag;
  private final Burst burst;
  private final Faults faults;
  private Thread printer;

  Progress(long t0, StreamAudit stream, Lag lag, Burst burst, Faults faults) {
    this.t0 = t0;
    this.stream = stream;
    this.lag = lag;
    this.burst = burst;
    this.faults = faults;
  }

  void start() {
    printer = Thread.ofPlatform().name("soak-progress").daemon().start(this::print);
  }

  void stop() {
    printer.interrupt();
  }

  private void print() {
    while (!Thread.currentThread().isInterrupted()) {
      long total = Lag.total(lag.byGroup());
      System.out.printf(
          "  [%6.1f s] directives %d · reports %d submitted, %d reviewed · events read %d"
              + " (duplicate ids %d) · consumer lag %s · faults %d%n",
          (System.nanoTime() - t0) / 1e9,
          burst.issued.size(),
          burst.submitted.size(),
          burst.reviewed.size(),
          stream.total(),
          stream.duplicateIds().size(),
          total < 0 ? "?" : Long.toString(total),
          faults.done().size());
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
