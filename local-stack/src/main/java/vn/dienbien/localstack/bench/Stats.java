package vn.dienbien.localstack.bench;

import java.util.Arrays;
import java.util.List;

/** The arithmetic of the benchmark's figures: percentiles, rates and ratios. */
public final class Stats {

  private Stats() {}

  /**
   * The nearest-rank percentile ({@code q} in (0, 1]) of the values: the smallest value at least
   * {@code q} of them do not exceed; 0 for no values.
   */
  public static long percentile(List<Long> values, double q) {
    if (values.isEmpty()) {
      return 0;
    }
    if (q <= 0 || q > 1) {
      throw new IllegalArgumentException("percentile must be in (0, 1]: " + q);
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** Operations per second: {@code count} done in {@code nanos}; 0 when no time passed. */
  public static double perSecond(long count, long nanos) {
    return nanos <= 0 ? 0 : count * 1e9 / nanos;
  }

  /** {@code project ÷ raw}; 0 when the raw limit could not be measured. */
  public static double ratio(double project, double raw) {
    return raw <= 0 ? 0 : project / raw;
  }

  /** Nanoseconds as whole milliseconds, rounded. */
  public static long millis(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
