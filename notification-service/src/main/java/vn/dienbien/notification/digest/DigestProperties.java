package vn.dienbien.notification.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dienbien.notification.contact.ContactRole;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.rule.Recipient;
import vn.dienbien.notification.rule.Rule;

/**
 * {@code notification.digest}: the daily summary email, by default for the officials a rule reaches
 * in one of {@code roles} (the monitoring body, unit heads) and for any official who opted in.
 *
 * @param enabled false: nobody's email is held, whatever the roles or the contacts' choice
 * @param minItems for an official who opted in: fewer items than this at send time go out as
 *     separate emails instead (a digest held by role is always one summary)
 * @param sendAt local time (Asia/Ho_Chi_Minh) the digest goes out each day
 * @param pollInterval how often due digests are looked for
 * @param roles officials reached by a rule in one of these roles get its emails, escalations
 *     included, only in their digest unless the rule says {@code digest: NEVER}
 * @param portalUrl the web portal's address, for the digest's links
 */
@ConfigurationProperties("notification.digest")
public record DigestProperties(
    Boolean enabled,
    Integer minItems,
    LocalTime sendAt,
    Duration pollInterval,
    Set<ContactRole> roles,
    String portalUrl) {

  public DigestProperties {
    enabled = enabled == null || enabled;
    minItems = minItems == null ? 3 : Math.max(1, minItems);
    sendAt = sendAt == null ? LocalTime.of(7, 30) : sendAt;
    pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    portalUrl = portalUrl == null ? "http://127.0.0.1:8080" : portalUrl.replaceAll("/+$", "");
  }

  /** The recipient gets this rule's emails in the digest because of the role it reached them in. */
  public boolean heldByRole(Recipient recipient) {
    return roles.stream().anyMatch(recipient::reachedAs);
  }

  /** The recipient's email waits for their digest (by role or by their own choice). */
  public boolean holds(Recipient recipient) {
    Rule rule = recipient.rule();
    return holds(
        recipient.channel(),
        rule.digest(),
        heldByRole(recipient),
        recipient.contact().digest(),
        rule.critical());
  }

  /**
   * Whether an email waits for the digest. Never an SMS (short and urgent by nature) nor a message
   * that needs a decision now (rule {@code digest: NEVER}). By role: every other email, escalations
   * included, so a catch-up of many overdue reports is one summary. By the official's own choice:
   * only routine ones, a critical message still reaches them at once.
   */
  boolean holds(
      Channel channel, Rule.Digest use, boolean byRole, boolean optedIn, boolean critical) {
    return enabled
        && channel == Channel.EMAIL
        && use != Rule.Digest.NEVER
        && (byRole || (optedIn && !critical));
  }

  /**
   * The next digest time at or after {@code now}: today's if it has not passed, else tomorrow's.
   */
  public Instant nextSendTime(Instant now, ZoneId zone) {
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
