package vn.dienbien.localstack.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A directive issued to the 45 communes, and how long its e-mails and SMS took: from the issue
 * request (which writes the assignment events) to each message handed to the mail or SMS stand-in.
 * Mail arrivals are sampled every 50 ms; SMS carry the gateway's own acceptance time.
 */
final class FanOut {

  /** The fan-out's outcome: messages handed over and the latency percentiles. */
  record Outcome(int mails, int sms, long p50Ms, long p99Ms, long lastMs) {}

  private static final long SAMPLE_MS = 50;
  private static final long QUIET_NANOS = 10_000_000_000L;
  private static final long PATIENCE_NANOS = 180_000_000_000L;

  private final BenchStack stack;
  private final BenchDirectives directives;

  FanOut(BenchStack stack, BenchDirectives directives) {
    this.stack = stack;
    this.directives = directives;
  }

  Outcome run(int directive, int tasks) throws InterruptedException {
    int mailBefore = stack.receivedMail();
    int smsBefore = stack.smsAcceptedAt().size();
    Instant issuedAt = Instant.now();
    long t0 = System.nanoTime();
    directives.issue(directive, tasks, "leadGroupId", BenchDirectives.COMMUNES);
    List<Long> latencies = new ArrayList<>();
    int seen = mailBefore;
    long lastArrival = t0;
    while (System.nanoTime() - t0 < PATIENCE_NANOS) {
      int now = stack.receivedMail();
      long at = System.nanoTime();
      for (; seen < now; seen++) {
        latencies.add(Stats.millis(at - t0));
        lastArrival = at;
      }
      boolean quiet = at - lastArrival > QUIET_NANOS;
      if (quiet && (seen > mailBefore || at - t0 > 6 * QUIET_NANOS)) {
        break;
      }
      Thread.sleep(SAMPLE_MS);
    }
    List<Instant> sms = stack.smsAcceptedAt();
    List<Instant> fanOutSms = sms.subList(Math.min(smsBefore, sms.size()), sms.size());
    fanOutSms.forEach(s -> latencies.add(Math.max(0, s.toEpochMilli() - issuedAt.toEpochMilli())));
    return new Outcome(
        seen - mailBefore,
        fanOutSms.size(),
        Stats.percentile(latencies, 0.50),
        Stats.percentile(latencies, 0.99),
        latencies.stream().mapToLong(Long::longValue).max().orElse(0));
  }
}
