package vn.dienbien.localstack;

/** One progress line: " Kafka (KRaft) … ready (4.1 s)". */
final class Step {

  private final String label;
  private final long startedAt;

  private Step(String label, long startedAt) {
    this.label = label;
    this.startedAt = startedAt;
  }

  static Step begin(String label) {
    return new Step(label, System.nanoTime());
  }

  /** Same label, timed from an earlier start (components that boot in parallel). */
  static Step since(String label, long startedAtNanos) {
    return new Step(label, startedAtNanos);
  }

  long startedAt() {
    return startedAt;
  }

  void ready(String detail) {
    System.out.printf(
        "  %-34s … ready (%.1f s)%s%n",
        label,
        (System.nanoTime() - startedAt) / 1e9,
        detail == null || detail.isEmpty() ? "" : "  " + detail);
  }

  void failed() {
    System.out.printf(
        "  %-34s … FAILED after %.1f s%n", label, (System.nanoTime() - startedAt) / 1e9);
  }
}
