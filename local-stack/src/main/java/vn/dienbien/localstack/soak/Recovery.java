package vn.dienbien.localstack.soak;

import java.util.List;
import java.util.function.Supplier;

/**
 * Watches the system after the last kill and times three moments from it: restored (every fault's
 * effect gone: {@link Restoration}), lag back to 0 for good, and all work done (every expected fact
 * on the streams, every obligation stored, consumer lag 0, no reminder outstanding). The first is
 * what failover costs; the other two also include working off the burst's backlog.
 *
 * @param restoredSeconds -1 if it never was within the patience (see {@code stillMissing})
 * @param lagZeroSeconds start of the final stretch of zero consumer lag, -1 if none
 * @param completeSeconds -1 if the work was not all done within the patience
 * @param expected the expectations at the end (re-read until the services stored every obligation)
 */
record Recovery(
    double restoredSeconds,
    double lagZeroSeconds,
    double completeSeconds,
    List<String> stillMissing,
    Expectations expected) {

  static Recovery await(
      long t0,
      double lastFault,
      Supplier<Expectations> gather,
      Restoration restoration,
      StreamAudit stream,
      Lag lag,
      Api api,
      long patienceSeconds) {
    long deadline = System.nanoTime() + patienceSeconds * 1_000_000_000L;
    double restored = -1;
    double lagZero = -1;
    List<String> missing = List.of();
    Expectations expected = gather.get();
    while (System.nanoTime() < deadline) {
      double now = Math.max(0, (System.nanoTime() - t0) / 1e9 - lastFault);
      if (restored < 0) {
        missing = restoration.missing();
        restored = missing.isEmpty() ? now : -1;
      }
      boolean caughtUp = Lag.total(lag.byGroup()) == 0;
      lagZero = caughtUp ? (lagZero < 0 ? now : lagZero) : -1;
      if (!stored(expected)) {
        expected = gather.get();
      }
      if (restored >= 0
          && caughtUp
          && stored(expected)
          && EventCheck.complete(EventCheck.rows(expected, stream))
          && outstanding(api) == 0) {
        return new Recovery(restored, lagZero, now, List.of(), expected);
      }
      Steps.pause();
    }
    return new Recovery(restored, lagZero, -1, missing, expected);
  }

  private static boolean stored(Expectations x) {
    return x.assignments().size() >= x.plannedAssignments()
        && x.obligations().size() >= x.plannedAssignments();
  }

  private static int outstanding(Api api) {
    try {
      return DeliveryAudit.outstanding(api);
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
