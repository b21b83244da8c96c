package vn.dienbien.localstack.soak;

import java.util.List;
import java.util.function.Supplier;

/**
 * Times three moments from the last kill: restored (every fault's effect gone, watched from the
 * kill on by {@link RestorationWatch}), lag back to 0 for good, and all work done (every expected
 * fact on the streams, every obligation stored, consumer lag 0, no reminder outstanding). The first
 * is what failover costs; the other two also include working off the burst's backlog.
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
      RestorationWatch restoration,
      StreamAudit stream,
      Lag lag,
      Api api,
      long patienceSeconds) {
    long deadline = System.nanoTime() + patienceSeconds * 1_000_000_000L;
    double lagZero = -1;
    Expectations expected = gather.get();
    while (System.nanoTime() < deadline) {
      double now = Math.max(0, (System.nanoTime() - t0) / 1e9 - lastFault);
      double restored = restoration.restoredSeconds();
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
        return new Recovery(restored, lagZero, now, restoration.lastMissing(), expected);
      }
      Steps.pause();
    }
    restoration.stop();
    return new Recovery(
        restoration.restoredSeconds(), lagZero, -1, restoration.lastMissing(), expected);
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
