package vn.dienbien.localstack.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The pending markers sampled while a relay drains a backlog, from the moment its lease came back.
 * The drain's steady part starts at the first sample below the backlog (the relay has taken the
 * lease, read the topics' tail and published its first batch) and ends at the first empty sample:
 * the lease's takeover is not the relay's rate.
 */
final class DrainCurve {

  /** One sample: nanoseconds since the lease came back, markers pending then. */
  record Sample(long nanos, long markers) {}

  private final List<Sample> samples = new ArrayList<>();

  void add(long nanos, long markers) {
    samples.add(new Sample(nanos, markers));
  }

  boolean drained() {
    return !samples.isEmpty() && samples.getLast().markers() == 0;
  }

  /** From the lease's return (the first sample, the backlog) to the first empty sample. */
  Backlogs.Drain whole(String source) {
    return new Backlogs.Drain(source, backlog(), end() - samples.getFirst().nanos());
  }

  /**
   * The markers left at the first sample the relay had published from, and the time from there to
   * the first empty sample; the whole drain when no sample fell between its start and its end.
   */
  Backlogs.Drain steady(String source) {
    long backlog = backlog();
    for (Sample s : samples) {
      if (s.markers() < backlog && s.markers() > 0) {
        return new Backlogs.Drain(source, s.markers(), end() - s.nanos());
      }
    }
    return whole(source);
  }

  private long backlog() {
    return samples.isEmpty() ? 0 : samples.getFirst().markers();
  }

  private long end() {
    for (Sample s : samples) {
      if (s.markers() == 0) {
        return s.nanos();
      }
    }
    return samples.getLast().nanos();
  }
}
