package vn.dienbien.localstack.bench;

import java.util.Locale;

/** Progress lines while the benchmark runs, each with the seconds since it began. */
final class BenchProgress {

  /** A measurement that returns a rate (operations per second). */
  interface Measurement {
    double run() throws Exception;
  }

  private final long t0 = System.nanoTime();

  void say(String pattern, Object... args) {
    System.out.printf(
        Locale.ROOT,
        "[bench %4.0f s] %s%n",
        (System.nanoTime() - t0) / 1e9,
        String.format(Locale.ROOT, pattern, args));
  }

  double measure(String what, Measurement measurement) throws Exception {
    say("%s …", what);
    double rate = measurement.run();
    say("  %s: %s", what, BenchResult.rate(rate));
    return rate;
  }
}
