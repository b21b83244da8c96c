package vn.dienbien.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that keeps ticking but can be moved to any local time, e.g. 23:00 to test quiet hours.
 */
public final class TestClock extends Clock {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  /**
   * Moves the clock forward to {@code at}; it goes on ticking from there. Never backwards: leases
   * (delivery claims) taken at a later time would otherwise look held for hours.
   */
  public void setTo(ZonedDateTime at) {
    if (at.toInstant().isBefore(instant())) {
      throw new IllegalArgumentException("the test clock only moves forward, not to " + at);
    }
    offset.set(Duration.between(Instant.now(), at.toInstant()));
  }

  /** Moves to 09:00 of the next day and returns that day, so each test has a day of its own. */
  public java.time.LocalDate nextWorkingMorning() {
    java.time.LocalDate day = instant().atZone(ZONE).toLocalDate().plusDays(1);
    setTo(day.atTime(9, 0).atZone(ZONE));
    return day;
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the service runs in " + ZONE);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }
}
