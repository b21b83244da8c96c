package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.body;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.mailsTo;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/** An official who opted in gets routine emails as one digest at 07:30; critical ones at once. */
class DailyDigestIntegrationTests extends NotificationIntegrationTest {

  @Test
  void threeDueSoonRemindersArriveAsOneDigestAtHalfPastSevenWhileACriticalOneGoesOutAtOnce()
      throws Exception {
    String unit = "XA-SIN-THAU";
    String officer =
        Officials.register(
            http, "Pờ Thị Dung", unit, "REPORTING_OFFICER", "dung@sinthau.test.vn", null, true);
    Officials.register(http, "Lý A Páo", unit, "UNIT_HEAD", "pao@sinthau.test.vn", null, true);
    List<UUID> reminders =
        List.of(
            kafka.publish(dueSoon(unit, "Xã Sín Thầu", "obl-st-a-" + today, 7)),
            kafka.publish(dueSoon(unit, "Xã Sín Thầu", "obl-st-b-" + today, 5)),
            kafka.publish(dueSoon(unit, "Xã Sín Thầu", "obl-st-c-" + today, 3)));
    Waits.background().until(() -> deliveries("contactId=" + officer + "&status=HELD").size() == 3);

    // Escalation step 2 is critical for the unit head: it is not held, though he opted in too.
    UUID critical =
        kafka.publish(EventFixture.overdue(unit, "Xã Sín Thầu", "obl-st-10-" + today, 2));
    Waits.background().until(() -> mailsTo("pao@sinthau.test.vn").size() == 1);
    assertThat(mailsTo("pao@sinthau.test.vn").getFirst().getSubject())
        .isEqualTo("Nhắc nhở: báo cáo quá hạn – 11-CT/TU");
    // The step's routine email to the officer is held with the three reminders.
    Waits.background().until(() -> deliveries("contactId=" + officer + "&status=HELD").size() == 4);
    assertThat(mailsTo("dung@sinthau.test.vn")).as("nothing before 07:30").isEmpty();

    clock.travelTo(today.plusDays(1).atTime(7, 30).atZone(TestClock.ZONE));
    sendDueDigests();
    Waits.background().until(() -> deliveries("contactId=" + officer + "&status=SENT").size() == 4);

    List<MimeMessage> mails = mailsTo("dung@sinthau.test.vn");
    assertThat(mails).hasSize(1);
    String day = today.plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(mails.getFirst().getSubject())
        .isEqualTo("Tổng hợp tình hình thực hiện chỉ thị ngày " + day + " – 4 nội dung");
    String text = body(mails.getFirst());
    assertThat(text)
        .startsWith("Kính gửi đồng chí Pờ Thị Dung")
        .contains("còn 7 ngày")
        .contains("còn 5 ngày")
        .contains("còn 3 ngày")
        .contains("quá hạn")
        .containsOnlyOnce("Kính gửi");
    String digestId = (String) deliveries("contactId=" + officer).getFirst().get("digestId");
    assertThat(mails.getFirst().getMessageID()).startsWith("<" + digestId + "@");
    for (UUID reminder : reminders) {
      assertThat(deliveries("eventId=" + reminder + "&contactId=" + officer))
          .singleElement()
          .satisfies(d -> assertThat(d.get("digestId")).isEqualTo(digestId));
    }
    assertThat(deliveries("eventId=" + critical + "&channel=EMAIL"))
        .extracting(d -> d.get("status"))
        .containsOnly("SENT");
  }

  @Test
  void aSubmittedReportCancelsItsHeldReminderAndTooFewLeftGoOutAsSeparateEmails() throws Exception {
    String unit = "XA-MUONG-TOONG";
    String officer =
        Officials.register(
            http, "Quàng Thị Nga", unit, "REPORTING_OFFICER", "nga@muongtoong.test.vn", null, true);
    String submitted = "obl-mtg-a-" + today;
    UUID cancelled = kafka.publish(EventFixture.dueSoon(unit, "Xã Mường Toong", submitted, 7));
    kafka.publish(EventFixture.dueSoon(unit, "Xã Mường Toong", "obl-mtg-b-" + today, 6));
    kafka.publish(EventFixture.dueSoon(unit, "Xã Mường Toong", "obl-mtg-c-" + today, 4));
    Waits.background().until(() -> deliveries("contactId=" + officer + "&status=HELD").size() == 3);

    kafka.publish(EventFixture.submitted(unit, "Xã Mường Toong", submitted));
    Waits.background()
        .until(() ->
            "CANCELLED"
                .equals(
                    deliveries("eventId=" + cancelled + "&contactId=" + officer)
                        .getFirst()
                        .get("status")));

    clock.travelTo(today.plusDays(1).atTime(7, 30).atZone(TestClock.ZONE));
    sendDueDigests();
    Waits.background().until(() -> deliveries("contactId=" + officer + "&status=SENT").size() == 2);
    assertThat(mailsTo("nga@muongtoong.test.vn"))
        .extracting(MimeMessage::getSubject)
        .containsExactly(
            "Nhắc nhở: sắp đến hạn báo cáo – 11-CT/TU", "Nhắc nhở: sắp đến hạn báo cáo – 11-CT/TU");
    assertThat(deliveries("contactId=" + officer + "&status=SENT"))
        .allSatisfy(d -> assertThat(d.get("digestId")).isNull());
    assertThat(
            deliveries("eventId=" + cancelled + "&contactId=" + officer).getFirst().get("status"))
        .isEqualTo("CANCELLED");
  }

  /**
   * A reminder held for tomorrow's digest whose report is due {@code daysLeft} days after the
   * digest day: the digest, written for that day, says so.
   */
  private ReportDueSoon dueSoon(String unit, String name, String obligation, int daysLeft) {
    LocalDate due = today.plusDays(1 + daysLeft);
    String period = "Tháng " + due.getMonthValue() + "/" + due.getYear();
    return EventFixture.dueSoon(unit, name, obligation, period, due, daysLeft);
  }

  private List<Map<String, Object>> deliveries(String query) {
    return items("/api/v1/notifications?size=500&" + query);
  }
}
