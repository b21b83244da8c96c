package vn.dienbien.platform.lock;

/**
 * The lease of every scheduled job and of the outbox relay ({@code platform.locks.lease}, 10 s):
 * kept alive while the holder runs ({@link KeepAliveLocks}), so it only bounds how long the other
 * instances wait after the holder is killed. Use it as {@code @SchedulerLock(lockAtMostFor =
 * Leases.AT_MOST)}.
 */
public final class Leases {

  public static final String AT_MOST = "${platform.locks.lease:PT10S}";

  private Leases() {}
}
