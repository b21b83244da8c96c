package vn.dienbien.testsupport.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The business clock of every date-sensitive test: it never reads the machine's date. It starts at
 * 09:00 (Asia/Ho_Chi_Minh) on the <em>base date</em> and keeps ticking from there (events still get
 * distinct, increasing times), and a test may move it to any other moment, forwards or back.
 *
 * <p>The base date comes from the system property {@value #BASE_PROPERTY} (ISO date, e.g. {@code
 * mvn verify -Dtest.clock.base=2030-12-31}); without it, {@link #DEFAULT_BASE}. Surefire and
 * failsafe pass the property to the forked test JVMs, and the system tests pass it on to the
 * service processes they start. A test either derives its dates from {@link #base()} / {@link
 * #today()}, or, when it is about a fixed date of the seeded directives (11.7a due 31/03/2026,
 * ...), moves the clock to a moment that makes sense for them and says why in a comment. The suite
 * is meant to pass for any base date from 2026 to the end of the directives' period (31/12/2030);
 * earlier, the seeded directives of 23/02/2026 would be dated more than a year ahead.
 *
 * <p>In a Spring test this clock replaces the platform's {@code Clock} bean ({@link
 * TestClockConfiguration}, imported by {@code IntegrationTestBase}); unit tests use {@link
 * #fixedAtBase()} or {@link #startingAtBase()}. Machine time stays where it belongs: leases,
 * ShedLock, token expiry and Awaitility bounds.
 */
public final class TestClock extends Clock {

  /** System property that moves the base date of every test clock. */
  public static final String BASE_PROPERTY = "test.clock.base";

  /**
   * The base date when {@value #BASE_PROPERTY} is not set: mid-period, after both seeded directives
   * were issued (23/02/2026) and after their first deadlines (e.g. 11.7a on 31/03/2026).
   */
  public static final LocalDate DEFAULT_BASE = LocalDate.of(2027, 6, 15);

  /** Where the directives apply; every business date is read here. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The time of day a test clock starts at: office hours, outside SMS quiet hours. */
  public static final LocalTime START_TIME = LocalTime.of(9, 0);

  private final Instant start;

  /** Business instant {@code at} was "now" when {@link System#nanoTime()} read {@code nanos}. */
  private record Anchor(Instant at, long nanos) {}

  private volatile Anchor anchor;

  private TestClock(Instant start) {
    this.start = start;
    moveTo(start);
  }

  /** The base date: {@value #BASE_PROPERTY} if set (ISO {@code yyyy-MM-dd}), else the default. */
  public static LocalDate base() {
    String value = System.getProperty(BASE_PROPERTY, "").strip();
    if (value.isEmpty()) {
      return DEFAULT_BASE;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "-D" + BASE_PROPERTY + "=" + value + " is not an ISO date such as 2030-12-31", e);
    }
  }

  /** The first moment of every test clock: 09:00 on the base date in Asia/Ho_Chi_Minh. */
  public static Instant baseInstant() {
    return base().atTime(START_TIME).atZone(ZONE).toInstant();
  }

  /** A frozen clock at {@link #baseInstant()}, for unit tests. */
  public static Clock fixedAtBase() {
    return Clock.fixed(baseInstant(), ZONE);
  }

  /** A frozen clock at {@code localTime} in Asia/Ho_Chi_Minh, for a test pinned to a date. */
  public static Clock fixedAt(LocalDateTime localTime) {
    return Clock.fixed(localTime.atZone(ZONE).toInstant(), ZONE);
  }

  /** A ticking clock that starts at {@link #baseInstant()}. */
  public static TestClock startingAtBase() {
    return new TestClock(baseInstant());
  }

  /** A ticking clock that starts at {@code localTime} in Asia/Ho_Chi_Minh. */
  public static TestClock startingAt(LocalDateTime localTime) {
    return new TestClock(localTime.atZone(ZONE).toInstant());
  }

  /** From now on, "now" is {@code localTime} in Asia/Ho_Chi_Minh, and keeps ticking from there. */
  public void travelTo(LocalDateTime localTime) {
    travelTo(localTime.atZone(ZONE));
  }

  /** From now on, "now" is {@code at}, and keeps ticking from there. */
  public void travelTo(ZonedDateTime at) {
    moveTo(at.toInstant());
  }

  /** Moves the clock {@code amount} ahead (or back, if negative). */
  public void advance(Duration amount) {
    moveTo(instant().plus(amount));
  }

  /** Moves to 09:00 of the day after the current one and returns that day. */
  public LocalDate nextMorning() {
    LocalDate day = today().plusDays(1);
    travelTo(day.atTime(START_TIME));
    return day;
  }

  /** Back to the moment the clock started at (for tests that share one clock). */
  public void reset() {
    moveTo(start);
  }

  /** The current business date in Asia/Ho_Chi_Minh. */
  public LocalDate today() {
    return LocalDate.ofInstant(instant(), ZONE);
  }

  private void moveTo(Instant at) {
    anchor = new Anchor(at, System.nanoTime());
  }

  @Override
  public Instant instant() {
    Anchor current = anchor;
    return current.at().plusNanos(System.nanoTime() - current.nanos());
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  /** This clock seen from {@code zone}: same instants, still moved by this clock. */
  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZONE)) {
      return this;
    }
    TestClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }
}
