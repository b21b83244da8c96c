package vn.dienbien.notification.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Hours in which no SMS wakes an official (22:00–07:00 by default). A message due inside them is
 * deferred to their end, never dropped. A window may span midnight (start after end) or not.
 */
public record QuietHours(LocalTime start, LocalTime end) {

  public boolean contains(Instant instant, ZoneId zone) {
    LocalTime time = instant.atZone(zone).toLocalTime();
    if (start.equals(end)) {
      return false;
    }
    return start.isBefore(end)
        ? !time.isBefore(start) && time.isBefore(end)
        : !time.isBefore(start) || time.isBefore(end);
  }

  /** {@code instant} itself outside the quiet hours, else the moment they end. */
  public Instant release(Instant instant, ZoneId zone) {
    if (!contains(instant, zone)) {
      return instant;
    }
    ZonedDateTime at = instant.atZone(zone);
    ZonedDateTime endToday = at.with(end);
    return (endToday.isAfter(at) ? endToday : endToday.plusDays(1)).toInstant();
  }
}
