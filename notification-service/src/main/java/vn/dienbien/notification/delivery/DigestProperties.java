package vn.dienbien.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dienbien.notification.message.Channel;

/**
 * {@code notification.digest}: the daily summary email for officials who opted in, and its rule.
 *
 * @param enabled false: nobody's email is held, whatever the contacts chose
 * @param minItems fewer items than this at send time go out as separate emails instead
 * @param sendAt local time (Asia/Ho_Chi_Minh) the digest goes out each day
 * @param pollInterval how often due digests are looked for
 */
@ConfigurationProperties("notification.digest")
record DigestProperties(
    Boolean enabled, Integer minItems, LocalTime sendAt, Duration pollInterval) {

  DigestProperties {
    enabled = enabled == null || enabled;
    minItems = minItems == null ? 3 : Math.max(1, minItems);
    sendAt = sendAt == null ? LocalTime.of(7, 30) : sendAt;
    pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
  }

  /**
   * Only routine email waits for the digest: a critical message (an escalation) must reach the
   * official at once, and an SMS is short and urgent by nature.
   */
  boolean holds(boolean optedIn, Channel channel, boolean critical) {
    return enabled && optedIn && channel == Channel.EMAIL && !critical;
  }

  /**
   * The next digest time at or after {@code now}: today's if it has not passed, else tomorrow's.
   */
  Instant nextSendTime(Instant now, ZoneId zone) {
    ZonedDateTime at = now.atZone(zone);
    ZonedDateTime today = at.toLocalDate().atTime(sendAt).atZone(zone);
    return (today.isBefore(at) ? today.plusDays(1) : today).toInstant();
  }

  /** The last day whose digest time has come by {@code now}. */
  LocalDate lastDueDay(Instant now, ZoneId zone) {
    ZonedDateTime at = now.atZone(zone);
    return at.toLocalTime().isBefore(sendAt) ? at.toLocalDate().minusDays(1) : at.toLocalDate();
  }

  /** Enough items for one summary; otherwise a digest of one or two would only delay them. */
  boolean worthADigest(int heldItems) {
    return heldItems >= minItems;
  }
}
