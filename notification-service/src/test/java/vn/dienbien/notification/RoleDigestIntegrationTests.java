package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.body;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.mailsTo;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * The production default: the monitoring body and unit heads get one summary a day at 07:30, per
 * directive (newly overdue, still overdue, awaiting review, new tasks), escalations included, with
 * links to the portal; every number and date counted to the digest's day in Asia/Ho_Chi_Minh.
 */
@TestPropertySource(
    properties = {
      "notification.digest.roles=MONITORING_OFFICER,UNIT_HEAD",
      "notification.digest.portal-url=https://theodoi.example.vn/"
    })
class RoleDigestIntegrationTests extends NotificationIntegrationTest {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
  private static final String PORTAL = "https://theodoi.example.vn";
  private static final String NA_HY = "Xã Nà Hỳ";
  private static final String MUONG_NHE = "Xã Mường Nhé";

  @Test
  void aDaysOverdueEscalationsAndReportsInReachTheMonitoringBodyAndEachHeadAsOneSummary()
      throws Exception {
    String monitor = "lan.digest@btgdv.test.vn";
    String headNaHy = "xuan.digest@nahy.test.vn";
    String headMuongNhe = "su.digest@muongnhe.test.vn";
    String officer = "dua.digest@nahy.test.vn";
    String monitorId =
        Officials.register(http, "Nguyễn Thị Lan", "BTGDV-TU", "MONITORING_OFFICER", monitor, null);
    Officials.register(http, "Lò Thị Xuân", "XA-NA-HY", "UNIT_HEAD", headNaHy, null);
    Officials.register(http, "Vàng A Sử", "XA-MUONG-NHE", "UNIT_HEAD", headMuongNhe, null);
    Officials.register(http, "Lầu Thị Dua", "XA-NA-HY", "REPORTING_OFFICER", officer, null);
    LocalDate digestDay = today.plusDays(1);
    LocalDate newlyDue = today.minusDays(1);
    LocalDate longDue = today.minusDays(40);
    LocalDate submittedDue = today.minusDays(3);
    String newly = "obl-nh-new-" + today;
    String still = "obl-mn-old-" + today;
    String inForReview = "obl-nh-in-" + today;
    String reviewed = "obl-mn-in-" + today;

    kafka.publish(EventFixture.taskAssigned("XA-NA-HY", NA_HY));
    kafka.publish(EventFixture.overdue("XA-NA-HY", NA_HY, newly, month(newlyDue), newlyDue, 0, 0));
    // Two escalation steps of one report before the digest: listed once.
    kafka.publish(
        EventFixture.overdue("XA-MUONG-NHE", MUONG_NHE, still, month(longDue), longDue, 32, 7));
    kafka.publish(
        EventFixture.overdue("XA-MUONG-NHE", MUONG_NHE, still, month(longDue), longDue, 39, 30));
    kafka.publish(submitted("XA-NA-HY", NA_HY, inForReview, submittedDue));
    kafka.publish(submitted("XA-MUONG-NHE", MUONG_NHE, reviewed, submittedDue));
    kafka.publish(EventFixture.accepted("XA-MUONG-NHE", MUONG_NHE, reviewed, month(submittedDue)));

    // The officer is told at once; the monitoring body and the heads wait for 07:30.
    Waits.background().until(() -> mailsTo(officer).size() == 2);
    Waits.background()
        .until(() ->
            deliveries("contactId=" + monitorId + "&status=HELD").size() == 4
                && deliveries("contactId=" + monitorId + "&status=CANCELLED").size() == 1);
    assertThat(mailsTo(monitor)).isEmpty();
    assertThat(mailsTo(headNaHy)).isEmpty();
    assertThat(mailsTo(headMuongNhe)).isEmpty();

    clock.travelTo(digestDay.atTime(7, 30).atZone(TestClock.ZONE));
    sendDueDigests();
    Waits.background()
        .until(() ->
            mailsTo(monitor).size() == 1
                && mailsTo(headNaHy).size() == 1
                && mailsTo(headMuongNhe).size() == 1);

    MimeMessage toMonitor = mailsTo(monitor).getFirst();
    assertThat(toMonitor.getSubject())
        .isEqualTo("Tổng hợp tình hình thực hiện chỉ thị ngày " + day(digestDay) + " – 3 nội dung");
    String review = PORTAL + "/tham-dinh/" + inForReview;
    String text = text(toMonitor);
    assertThat(text)
        .startsWith("Kính gửi đồng chí Nguyễn Thị Lan")
        .contains(
            "Hệ thống tổng hợp gửi đồng chí 3 nội dung cần lưu ý về việc thực hiện chỉ thị,"
                + " tính đến ngày "
                + day(digestDay)
                + ".")
        .contains(
            "CHỈ THỊ SỐ 11-CT/TU – xem trên hệ thống: " + PORTAL + "/bang-theo-doi?chiThi=ct-11")
        .contains(
            "Báo cáo mới quá hạn (1):\n  - Xã Nà Hỳ – nhiệm vụ 11.7a: "
                + reportOf(newlyDue)
                + ", hạn "
                + day(newlyDue)
                + ", quá hạn 2 ngày")
        .contains(
            "Báo cáo vẫn quá hạn (1):\n  - Xã Mường Nhé – nhiệm vụ 11.7a: "
                + reportOf(longDue)
                + ", hạn "
                + day(longDue)
                + ", quá hạn 41 ngày")
        .contains(
            "Báo cáo đã gửi, chờ thẩm định (1):\n  - Xã Nà Hỳ – nhiệm vụ 11.7a: "
                + reportOf(submittedDue)
                + ", gửi ngày "
                + day(today)
                + ", trễ 3 ngày so với hạn "
                + day(submittedDue)
                + " – thẩm định: "
                + review)
        .doesNotContain("Nhiệm vụ mới được giao")
        .doesNotContain("Thông báo khác")
        .containsOnlyOnce("Kính gửi")
        .containsOnlyOnce(MUONG_NHE);
    assertThat(datesIn(text))
        .containsExactly(
            day(digestDay), day(newlyDue), day(longDue), day(today), day(submittedDue));
    assertThat(numbersIn(text, review, PORTAL + "/bang-theo-doi?chiThi=ct-11"))
        .containsExactly(
            "3",
            "1",
            monthOf(newlyDue),
            yearOf(newlyDue),
            "2",
            "1",
            monthOf(longDue),
            yearOf(longDue),
            "41",
            "1",
            monthOf(submittedDue),
            yearOf(submittedDue),
            "3");
    assertThat(toMonitor.getMessageID())
        .startsWith(
            "<" + deliveries("contactId=" + monitorId + "&status=SENT").getFirst().get("digestId"));

    String toHead = text(mailsTo(headNaHy).getFirst());
    assertThat(mailsTo(headNaHy).getFirst().getSubject()).endsWith(" – 3 nội dung");
    assertThat(toHead)
        .startsWith("Kính gửi đồng chí Lò Thị Xuân")
        .contains(
            "CHỈ THỊ SỐ 11-CT/TU – xem trên hệ thống: "
                + PORTAL
                + "/bang-theo-doi?chiThi=ct-11&donVi=XA-NA-HY")
        .contains("Báo cáo mới quá hạn (1):\n  - Xã Nà Hỳ – nhiệm vụ 11.7a: " + reportOf(newlyDue))
        .contains(
            "Báo cáo đã gửi, chờ thẩm định (1):\n  - Xã Nà Hỳ – nhiệm vụ 11.7a: "
                + reportOf(submittedDue)
                + ", gửi ngày "
                + day(today)
                + ", trễ 3 ngày so với hạn "
                + day(submittedDue)
                + "\n")
        .contains(
            "Nhiệm vụ mới được giao (1):\n  - Xã Nà Hỳ – nhiệm vụ 11.7a: Xây dựng chương trình,"
                + " kế hoạch cụ thể hóa Chỉ thị tại địa phương (hạn 31/03/2026)")
        .doesNotContain("tham-dinh")
        .doesNotContain(MUONG_NHE);

    // One report, below min-items: still one summary, since it is held by role.
    MimeMessage toOtherHead = mailsTo(headMuongNhe).getFirst();
    assertThat(toOtherHead.getSubject()).endsWith(" – 1 nội dung");
    assertThat(text(toOtherHead))
        .contains(
            "Báo cáo vẫn quá hạn (1):\n  - Xã Mường Nhé – nhiệm vụ 11.7a: "
                + reportOf(longDue)
                + ", hạn "
                + day(longDue)
                + ", quá hạn 41 ngày")
        .doesNotContain("chờ thẩm định");
  }

  @Test
  void aDigestMissedOnItsDayGoesOutWithTheNextDaysAsOneSummary() throws Exception {
    String head = "pao.digest@sinthau.test.vn";
    String headId = Officials.register(http, "Chang A Páo", "XA-SIN-THAU", "UNIT_HEAD", head, null);
    String name = "Xã Sín Thầu";
    LocalDate firstDue = today.minusDays(1);
    LocalDate secondDue = today;
    String first = "obl-st-first-" + today;
    kafka.publish(
        EventFixture.overdue("XA-SIN-THAU", name, first, month(firstDue), firstDue, 0, 0));
    Waits.background().until(() -> heldFor(headId) == 1);

    // 07:30 passed without a sweep (the service was down); more comes in after it.
    clock.travelTo(today.plusDays(1).atTime(10, 0).atZone(TestClock.ZONE));
    kafka.publish(
        EventFixture.overdue("XA-SIN-THAU", name, first, month(firstDue), firstDue, 1, 1));
    kafka.publish(
        EventFixture.overdue(
            "XA-SIN-THAU", name, "obl-st-second-" + today, month(secondDue), secondDue, 0, 0));
    Waits.background().until(() -> heldFor(headId) == 3);

    LocalDate nextDay = today.plusDays(2);
    clock.travelTo(nextDay.atTime(7, 0).atZone(TestClock.ZONE));
    sendDueDigests();
    assertThat(mailsTo(head)).as("a missed digest waits for the day's send time").isEmpty();

    clock.travelTo(nextDay.atTime(7, 30).atZone(TestClock.ZONE));
    sendDueDigests();
    Waits.background().until(() -> mailsTo(head).size() == 1);
    sendDueDigests();
    assertThat(mailsTo(head)).hasSize(1);
    MimeMessage digest = mailsTo(head).getFirst();
    assertThat(digest.getSubject())
        .isEqualTo("Tổng hợp tình hình thực hiện chỉ thị ngày " + day(nextDay) + " – 2 nội dung");
    String text = text(digest);
    assertThat(text)
        .contains(
            "Báo cáo mới quá hạn (1):\n  - Xã Sín Thầu – nhiệm vụ 11.7a: "
                + reportOf(secondDue)
                + ", hạn "
                + day(secondDue)
                + ", quá hạn 2 ngày")
        .contains(
            "Báo cáo vẫn quá hạn (1):\n  - Xã Sín Thầu – nhiệm vụ 11.7a: "
                + reportOf(firstDue)
                + ", hạn "
                + day(firstDue)
                + ", quá hạn 3 ngày");
    assertThat(datesIn(text)).containsExactly(day(nextDay), day(secondDue), day(firstDue));
    Waits.background().until(() -> heldFor(headId) == 0);
  }

  /** The plain text as the official reads it, line ends as in the template. */
  private static String text(MimeMessage mail) throws Exception {
    return body(mail).replace("\r\n", "\n");
  }

  private int heldFor(String contactId) {
    return deliveries("contactId=" + contactId + "&status=HELD").size();
  }

  /** A report in today at 08:00 for a period due {@code due}, late by the days since then. */
  private ReportSubmitted submitted(String unit, String name, String obligation, LocalDate due) {
    int late = (int) java.time.temporal.ChronoUnit.DAYS.between(due, today);
    return new ReportSubmitted(
        "rep-" + obligation,
        obligation,
        "asg-" + unit,
        "ct-11",
        "11-CT/TU",
        "task-11.7a",
        "11.7a",
        unit,
        name,
        month(due),
        due,
        today.atTime(8, 0).atZone(TestClock.ZONE).toOffsetDateTime(),
        late > 0,
        late,
        100,
        ReportSubmitted.Status.COMPLETED,
        1,
        null);
  }

  private List<Map<String, Object>> deliveries(String query) {
    return items("/api/v1/notifications?size=500&" + query);
  }

  private static String day(LocalDate date) {
    return date.format(DAY);
  }

  private static String month(LocalDate date) {
    return "Tháng " + date.getMonthValue() + "/" + date.getYear();
  }

  private static String reportOf(LocalDate date) {
    return "báo cáo tháng " + date.getMonthValue() + " năm " + date.getYear();
  }

  private static String monthOf(LocalDate date) {
    return String.valueOf(date.getMonthValue());
  }

  private static String yearOf(LocalDate date) {
    return String.valueOf(date.getYear());
  }

  private static List<String> datesIn(String text) {
    return DATE.matcher(text).results().map(MatchResult::group).toList();
  }

  /** The numbers in the text once its dates, the directive and task codes and links are gone. */
  private static List<String> numbersIn(String text, String... links) {
    String rest = DATE.matcher(text).replaceAll(" ");
    List<String> ids = new ArrayList<>(List.of(links));
    ids.addAll(List.of("11-CT/TU", "11.7a"));
    for (String id : ids) {
      rest = rest.replace(id, " ");
    }
    return Pattern.compile("\\d+").matcher(rest).results().map(MatchResult::group).toList();
  }
}
