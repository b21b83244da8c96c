package vn.dienbien.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRole;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.notification.rule.Recipient;
import vn.dienbien.notification.rule.Rule;

class DigestPropertiesTests {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  private final DigestProperties digest =
      new DigestProperties(null, 3, LocalTime.of(7, 30), null, null, null);

  @Test
  void onlyRoutineEmailOfAnOfficialWhoOptedInIsHeld() {
    assertThat(digest.holds(Channel.EMAIL, Rule.Digest.DEFAULT, false, true, false)).isTrue();
    assertThat(digest.holds(Channel.EMAIL, Rule.Digest.DEFAULT, false, true, true))
        .as("critical")
        .isFalse();
    assertThat(digest.holds(Channel.SMS, Rule.Digest.DEFAULT, false, true, false))
        .as("sms")
        .isFalse();
    assertThat(digest.holds(Channel.EMAIL, Rule.Digest.DEFAULT, false, false, false))
        .as("not opted in")
        .isFalse();
    assertThat(digest.holds(Channel.EMAIL, Rule.Digest.NEVER, false, true, false))
        .as("needs a decision now")
        .isFalse();
    assertThat(
            new DigestProperties(false, 3, null, null, null, null)
                .holds(Channel.EMAIL, Rule.Digest.DEFAULT, false, true, false))
        .as("disabled")
        .isFalse();
  }

  @Test
  void byRoleEveryEmailIsHeldEscalationsIncludedButNotWhatNeedsADecisionNow() {
    assertThat(digest.holds(Channel.EMAIL, Rule.Digest.DEFAULT, true, false, false))
        .as("routine")
        .isTrue();
    assertThat(digest.holds(Channel.EMAIL, Rule.Digest.DEFAULT, true, false, true))
        .as("critical")
        .isTrue();
    assertThat(digest.holds(Channel.EMAIL, Rule.Digest.NEVER, true, false, true))
        .as("needs a decision now")
        .isFalse();
    assertThat(digest.holds(Channel.EMAIL, Rule.Digest.ONLY, true, false, true)).isTrue();
    assertThat(digest.holds(Channel.SMS, Rule.Digest.DEFAULT, true, false, true))
        .as("sms")
        .isFalse();
    assertThat(
            new DigestProperties(false, 3, null, null, null, null)
                .holds(Channel.EMAIL, Rule.Digest.DEFAULT, true, false, false))
        .as("disabled")
        .isFalse();
  }

  @Test
  void theRoleIsTheOneTheRuleReachedTheOfficialIn() {
    var byRole =
        new DigestProperties(
            null,
            null,
            null,
            null,
            Set.of(ContactRole.UNIT_HEAD, ContactRole.MONITORING_OFFICER),
            "https://theodoi.dienbien.vn/");
    Contact headAndOfficer =
        new Contact(
            "c",
            "Lò Văn A",
            null,
            "XA-NA-HY",
            Set.of(ContactRole.UNIT_HEAD, ContactRole.REPORTING_OFFICER),
            "a@x.vn",
            null,
            Map.of(),
            Set.of(),
            false,
            false,
            null,
            null);
    assertThat(byRole.heldByRole(recipient(headAndOfficer, ContactRole.UNIT_HEAD))).isTrue();
    assertThat(byRole.heldByRole(recipient(headAndOfficer, ContactRole.REPORTING_OFFICER)))
        .as("told as the unit's reporting officer")
        .isFalse();
    assertThat(digest.heldByRole(recipient(headAndOfficer, ContactRole.UNIT_HEAD)))
        .as("no roles configured")
        .isFalse();
    assertThat(byRole.portalUrl()).isEqualTo("https://theodoi.dienbien.vn");
  }

  private static Recipient recipient(Contact contact, ContactRole audience) {
    return new Recipient(
        contact,
        Channel.EMAIL,
        new Rule(
            "r",
            MessageKind.REPORT_OVERDUE,
            Map.of(),
            List.of(new Rule.Audience(Rule.Audience.EVENT_UNIT, Set.of(audience))),
            Set.of(Channel.EMAIL),
            "report-overdue",
            true,
            true,
            null));
  }

  @Test
  void itemsWaitForTodaysDigestUntilItGoesOutThenForTomorrows() {
    assertThat(digest.nextSendTime(at(6, 0), ZONE)).isEqualTo(at(7, 30));
    assertThat(digest.nextSendTime(at(7, 30), ZONE)).isEqualTo(at(7, 30));
    assertThat(digest.nextSendTime(at(7, 31), ZONE))
        .isEqualTo(DAY.plusDays(1).atTime(7, 30).atZone(ZONE).toInstant());
  }

  @Test
  void aDaysDigestIsDueFromItsSendTimeOn() {
    assertThat(digest.lastDueDay(at(7, 29), ZONE)).isEqualTo(DAY.minusDays(1));
    assertThat(digest.lastDueDay(at(7, 30), ZONE)).isEqualTo(DAY);
    assertThat(digest.lastDueDay(at(23, 59), ZONE)).isEqualTo(DAY);
  }

  @Test
  void fewerItemsThanTheThresholdGoOutSeparately() {
    assertThat(digest.worthADigest(2)).isFalse();
    assertThat(digest.worthADigest(3)).isTrue();
    assertThat(new DigestProperties(null, null, null, null, null, null).minItems()).isEqualTo(3);
    assertThat(new DigestProperties(null, null, null, null, null, null).sendAt())
        .isEqualTo(LocalTime.of(7, 30));
  }

  @Test
  void aDigestItemDropsTheSalutationAndSignatureItsDigestHasOnce() {
    String text =
        "Kính gửi đồng chí Mai,\n\nBáo cáo Quý IV/2026 đến hạn ngày 15/12/2026.\n\n--\nHệ thống theo dõi";
    assertThat(DigestContent.summary(text))
        .isEqualTo("Báo cáo Quý IV/2026 đến hạn ngày 15/12/2026.");
  }

  private static java.time.Instant at(int hour, int minute) {
    return DAY.atTime(hour, minute).atZone(ZONE).toInstant();
  }
}
