package vn.dienbien.modelregistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The business clock of the integration tests. It keeps ticking (events still get distinct,
 * increasing times) but can be moved to another day, so one context can walk a model through
 * several years. {@link #reset()} brings it back to machine time for the next test.
 */
final class MovableClock extends Clock {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private volatile Duration offset = Duration.ZERO;

  /** From now on, "now" is {@code localTime} in Asia/Ho_Chi_Minh (and keeps ticking from there). */
  void travelTo(LocalDateTime localTime) {
    offset = Duration.between(Instant.now(), localTime.atZone(ZONE).toInstant());
  }

  void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(
        Clock.system(zone), offset); // a snapshot: nothing here asks for another zone
  }
}
