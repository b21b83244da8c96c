package vn.dienbien.testsupport;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * How long tests wait, in one place. Scheduled jobs (due sweeps, reminders, digests, directive
 * expiry) are triggered by the tests that check them; what is left to wait for is work of the
 * always-running loops: the outbox relay, the Kafka consumers and the notification dispatcher.
 */
public final class Waits {

  /**
   * Upper bound for what a background loop delivers. Generous on purpose: on a shared 2-core
   * machine under several builds a loop can stall for tens of seconds. A wait that succeeds returns
   * as soon as its condition holds, so the bound only costs time when a test fails.
   */
  public static final Duration BACKGROUND = Duration.ofSeconds(120);

  /** How often a condition is checked while waiting for a background loop. */
  public static final Duration POLL = Duration.ofMillis(100);

  /**
   * How long a test watches the topic for an event that must NOT come (a duplicate, a second step).
   * Such a check can only pass wrongly under load, never fail wrongly. Every such check first waits
   * for the events that must come, so a duplicate written with them would be published by the same
   * or the next relay rounds (the relay polls every 500 ms and is woken by writes): 8 s is 16
   * polls. Each check costs this much of the build; at 20 s, seven of them cost 140 s of every
   * build.
   */
  public static final Duration QUIET = Duration.ofSeconds(8);

  private Waits() {}

  /** Awaitility with the background bound and fast polling. */
  public static ConditionFactory background() {
    return Awaitility.await().atMost(BACKGROUND).pollDelay(Duration.ZERO).pollInterval(POLL);
  }
}
