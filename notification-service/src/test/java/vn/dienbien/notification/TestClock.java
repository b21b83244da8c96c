package vn.dienbien.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that keeps ticking but can be moved to any local time, e.g. 23:00 to test quiet hours. */
public final class TestClock extends Clock {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  /** Moves the clock to {@code at}; it goes on ticking from there. */
  public void setTo(ZonedDateTime at) {
    offset.set(Duration.between(Instant.now(), at.toInstant()));
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
