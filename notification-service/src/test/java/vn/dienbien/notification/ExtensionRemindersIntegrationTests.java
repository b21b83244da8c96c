package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.body;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.mailsTo;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.smsTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dienbien.notification.unit.UnitDirectory;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Issue 11 item 4: once one period's extension is approved, no e-mail or SMS about its old due date
 * leaves — neither the ones waiting for the morning (SMS quiet hours) or for the daily digest, nor
 * a reminder about the old date that report-service had already emitted — while the other period's
 * reminders and the new date's go out. Real events through Kafka, real SMTP and SMS gateway.
 */
class ExtensionRemindersIntegrationTests extends NotificationIntegrationTest {

  static final String NAME = "Xã Nậm Kè";
  static final String MOBILE = "0912111903";

  @Autowired UnitDirectory units;

  @Test
  void afterAnApprovedExtensionNoMailOrSmsAboutTheOldDateLeaves() throws Exception {
    String unit = unit();
    String mail = "dinh.namke-" + unit.toLowerCase() + "@reminders.test.vn";
    String officer =
        Officials.register(http, "Mùa A Dình", unit, "REPORTING_OFFICER", mail, MOBILE, true);
    String extended = "obl-" + unit + "-month";
    String other = "obl-" + unit + "-year";
    LocalDate oldDue = today.minusDays(2);
    LocalDate newDue = today.plusDays(20);
    String label = "Tháng " + oldDue.getMonthValue() + "/" + oldDue.getYear();
    String otherLabel = "Năm " + (today.getYear() - 1);
    // 23:00: the SMS wait for 07:00, the officer's routine e-mails for his 07:30 digest.
    clock.travelTo(today.atTime(23, 0).atZone(TestClock.ZONE));
    UUID old = kafka.publish(EventFixture.overdue(unit, NAME, extended, label, oldDue, 1, 1));
    UUID otherReminder =
        kafka.publish(
            EventFixture.overdue(unit, NAME, other, otherLabel, today.minusDays(40), 39, 30));
    Waits.background().until(() -> deliveries("eventId=" + old).size() == 2);
    Waits.background().until(() -> deliveries("eventId=" + otherReminder).size() == 2);
    assertThat(statuses(old)).containsExactlyInAnyOrder("HELD", "PENDING");

    UUID approval =
        kafka.publish(
            ExtensionFixture.decided(
                unit,
                NAME,
                extended,
                label,
                oldDue,
                newDue,
                true,
                clock.instant().atZone(TestClock.ZONE).toOffsetDateTime()));
    Waits.background().until(() -> statuses(old).equals(List.of("CANCELLED", "CANCELLED")));
    // Emitted by report-service before the approval, delivered after it: void at birth.
    UUID stale = kafka.publish(EventFixture.overdue(unit, NAME, extended, label, oldDue, 2, 7));
    Waits.background().until(() -> deliveries("eventId=" + stale).size() == 2);
    assertThat(statuses(stale)).containsOnly("CANCELLED");
    // The new date's reminders count.
    UUID fresh = kafka.publish(EventFixture.dueSoon(unit, NAME, extended, label, newDue, 7));
    Waits.background().until(() -> deliveries("eventId=" + fresh).size() == 1);
    assertThat(statuses(fresh)).containsExactly("HELD");
    assertThat(statuses(otherReminder)).containsExactlyInAnyOrder("HELD", "PENDING");

    clock.travelTo(today.plusDays(1).atTime(7, 30).atZone(TestClock.ZONE));
    sendDueDigests();
    Waits.background().until(() -> deliveries("contactId=" + officer + "&status=SENT").size() == 5);

    String oldSms = "bao cao thang " + oldDue.getMonthValue() + " nam " + oldDue.getYear();
    List<String> sms = smsTo(MOBILE).stream().map(m -> m.text()).toList();
    assertThat(sms).hasSize(2);
    assertThat(sms)
        .anyMatch(t -> t.contains("bao cao nam " + (today.getYear() - 1) + " (11.7a, 11-CT/TU)"))
        .anyMatch(t -> t.contains("dong y gia han " + oldSms + " (11.7a, 11-CT/TU) den "))
        .noneMatch(t -> t.contains(oldSms + " (11.7a, 11-CT/TU) qua han"));
    List<String> mails = new ArrayList<>();
    for (var m : mailsTo(mail)) {
      mails.add(body(m));
    }
    String oldReport = "báo cáo tháng " + oldDue.getMonthValue() + " năm " + oldDue.getYear();
    assertThat(mails).as("one digest").hasSize(1);
    var day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    // The other period is still overdue (40 days on the evening, 41 on the digest's day); the
    // extended one is listed only as due on its new date.
    assertThat(mails.getFirst())
        .contains("Báo cáo vẫn quá hạn (1):")
        .contains(
            "báo cáo năm "
                + (today.getYear() - 1)
                + ", hạn "
                + today.minusDays(40).format(day)
                + ", quá hạn 41 ngày")
        .contains("đồng ý gia hạn gửi " + oldReport)
        .contains(oldReport + ", hạn " + newDue.format(day) + ", còn 19 ngày")
        .doesNotContain(oldReport + ", hạn " + oldDue.format(day));
    for (UUID voided : List.of(old, stale)) {
      assertThat(deliveries("eventId=" + voided))
          .allSatisfy(d -> assertThat(d.get("sentAt")).isNull());
    }
    assertThat(deliveries("eventId=" + approval + "&status=SENT")).hasSize(2);
  }

  private List<String> statuses(UUID event) {
    return deliveries("eventId=" + event).stream().map(d -> (String) d.get("status")).toList();
  }

  private List<Map<String, Object>> deliveries(String query) {
    return items("/api/v1/notifications?size=500&" + query);
  }

  /** A unit of this test alone, as directive-service announces one. */
  private String unit() {
    String code =
        "REM-"
            + java.util.concurrent.ThreadLocalRandom.current()
                .ints(8, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    units.heardOf(code, NAME, true);
    return code;
  }
}
