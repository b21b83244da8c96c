package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.notification.MessageTextsIntegrationTests.datesIn;
import static vn.dienbien.notification.MessageTextsIntegrationTests.day;
import static vn.dienbien.notification.MessageTextsIntegrationTests.mail;
import static vn.dienbien.notification.MessageTextsIntegrationTests.numbersIn;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.smsTo;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dienbien.notification.unit.UnitDirectory;
import vn.dienbien.testsupport.Waits;

/**
 * Extension requests reach the monitoring body and decisions the unit (issue 13 item 3), rendered
 * from real events through Kafka: every date is the event's (the day of the request or decision in
 * Asia/Ho_Chi_Minh: 17:30 UTC the evening before is already that day) and every number the
 * period's; routine SMS are GSM-7 in one segment.
 */
class ExtensionTextsIntegrationTests extends NotificationIntegrationTest {

  @Autowired UnitDirectory units;

  @Test
  void aPeriodsExtensionRequestTellsTheMonitoringBodyTheDatesAndTheReason() throws Exception {
    String unit = unit("Xã Mường Toong");
    String monitor = "lan.ext-" + unit.toLowerCase() + "@texts.test.vn";
    Officials.register(http, "Nguyễn Thị Lan", "BTGDV-TU", "MONITORING_OFFICER", monitor, null);
    LocalDate due = today.plusDays(2);
    LocalDate proposed = today.plusDays(15);
    kafka.publish(
        ExtensionFixture.requested(
            unit,
            "Xã Mường Toong",
            "obl-ext-" + unit,
            month(due),
            due,
            proposed,
            ExtensionFixture.lateEveningUtcBefore(today)));

    String text = mail(monitor, 1);
    assertThat(text)
        .contains(
            "Ngày "
                + day(today)
                + ", Xã Mường Toong đề nghị gia hạn gửi "
                + reportOf(due)
                + " về nhiệm vụ 11.7a theo Chỉ thị số 11-CT/TU, từ ngày "
                + day(due)
                + " đến ngày "
                + day(proposed)
                + ".")
        .contains("Lý do: Chờ số liệu của các thôn, bản vùng cao")
        .contains("Đề nghị đồng chí xem xét, quyết định");
    assertThat(datesIn(text)).containsExactly(day(today), day(due), day(proposed));
    assertThat(numbersIn(text)).containsExactly(monthYear(due));
    assertThat(NotificationFlowIntegrationTests.mailsTo(monitor).getFirst().getSubject())
        .isEqualTo("Đề nghị gia hạn – 11-CT/TU – 11.7a – Xã Mường Toong");
  }

  @Test
  void anApprovalTellsTheOfficerByMailAndSmsAndAsksTheHeadToDirect() throws Exception {
    String unit = unit("Xã Mường Toong");
    String officer = "toong.officer-" + unit.toLowerCase() + "@texts.test.vn";
    String head = "toong.head-" + unit.toLowerCase() + "@texts.test.vn";
    String mobile = "0912111901";
    Officials.register(http, "Lò Văn Tường", unit, "REPORTING_OFFICER", officer, mobile);
    Officials.register(http, "Quàng Văn Hải", unit, "UNIT_HEAD", head, null);
    LocalDate due = today.minusDays(3);
    LocalDate proposed = today.plusDays(12);
    kafka.publish(
        ExtensionFixture.decided(
            unit,
            "Xã Mường Toong",
            "obl-ext-a-" + unit,
            month(due),
            due,
            proposed,
            true,
            ExtensionFixture.lateEveningUtcBefore(today)));

    String text = mail(officer, 1);
    assertThat(text)
        .contains(
            "Ngày "
                + day(today)
                + ", cơ quan theo dõi đã đồng ý gia hạn gửi "
                + reportOf(due)
                + " về nhiệm vụ 11.7a theo Chỉ thị số 11-CT/TU của Xã Mường Toong đến ngày "
                + day(proposed)
                + " (hạn trước đây là ngày "
                + day(due)
                + ").")
        .contains("Ý kiến: Đồng ý, đề nghị đơn vị gửi báo cáo đúng hạn mới")
        .contains("Đề nghị đồng chí hoàn thiện và gửi báo cáo chậm nhất ngày " + day(proposed))
        .doesNotContain("chỉ đạo");
    assertThat(datesIn(text)).containsExactly(day(today), day(proposed), day(due), day(proposed));
    assertThat(numbersIn(text)).containsExactly(monthYear(due));
    assertThat(mail(head, 1))
        .contains(
            "Đề nghị đồng chí chỉ đạo hoàn thành, gửi báo cáo chậm nhất ngày " + day(proposed));

    Waits.background().until(() -> smsTo(mobile).size() == 1);
    String sms = smsTo(mobile).getFirst().text();
    assertThat(sms)
        .isEqualTo(
            "Xa Muong Toong: dong y gia han bao cao thang "
                + due.getMonthValue()
                + " nam "
                + due.getYear()
                + " (11.7a, 11-CT/TU) den "
                + day(proposed)
                + ".");
    assertThat(sms.length()).isLessThanOrEqualTo(160);
  }

  @Test
  void aFixedDateTasksRequestAndRefusalNameTheTaskAndTheDateThatStands() throws Exception {
    String unit = unit("Phường Mường Thanh");
    String monitor = "hoa.ext-" + unit.toLowerCase() + "@texts.test.vn";
    String officer = "thanh.officer-" + unit.toLowerCase() + "@texts.test.vn";
    String mobile = "0912111902";
    Officials.register(http, "Đỗ Thị Hoa", "BTGDV-TU", "MONITORING_OFFICER", monitor, null);
    Officials.register(http, "Cà Văn Thanh", unit, "REPORTING_OFFICER", officer, mobile);
    LocalDate due = today.plusDays(5);
    LocalDate proposed = today.plusDays(35);
    kafka.publish(
        ExtensionFixture.assignmentRequested(
            unit,
            "Phường Mường Thanh",
            due,
            proposed,
            ExtensionFixture.lateEveningUtcBefore(today)));
    String request = mail(monitor, 1);
    assertThat(request)
        .contains(
            "Ngày "
                + day(today)
                + ", Phường Mường Thanh đề nghị gia hạn thực hiện nhiệm vụ 11.7a theo Chỉ thị số"
                + " 11-CT/TU, từ ngày "
                + day(due)
                + " đến ngày "
                + day(proposed)
                + ".");
    assertThat(datesIn(request)).containsExactly(day(today), day(due), day(proposed));
    assertThat(numbersIn(request)).isEmpty();

    kafka.publish(
        ExtensionFixture.assignmentDecided(
            unit,
            "Phường Mường Thanh",
            due,
            proposed,
            false,
            ExtensionFixture.lateEveningUtcBefore(today)));
    String refusal = mail(officer, 1);
    assertThat(refusal)
        .contains(
            "Ngày "
                + day(today)
                + ", cơ quan theo dõi không đồng ý gia hạn thực hiện nhiệm vụ 11.7a theo Chỉ thị số"
                + " 11-CT/TU của Phường Mường Thanh đến ngày "
                + day(proposed)
                + "; hạn vẫn là ngày "
                + day(due)
                + ".")
        .doesNotContain("Ý kiến");
    assertThat(datesIn(refusal)).containsExactly(day(today), day(proposed), day(due), day(due));
    assertThat(numbersIn(refusal)).isEmpty();
    Waits.background().until(() -> smsTo(mobile).size() == 1);
    assertThat(smsTo(mobile).getFirst().text())
        .isEqualTo(
            "Phuong Muong Thanh: khong dong y gia han thuc hien nhiem vu (11.7a, 11-CT/TU), han"
                + " van la "
                + day(due)
                + ".");
  }

  /** A unit of this test alone (letters only, so its code adds no digits to the texts). */
  private String unit(String name) {
    String code =
        "EXT-"
            + java.util.concurrent.ThreadLocalRandom.current()
                .ints(8, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    units.heardOf(code, name, true);
    return code;
  }

  private static String month(LocalDate date) {
    return "Tháng " + date.getMonthValue() + "/" + date.getYear();
  }

  private static String reportOf(LocalDate date) {
    return "báo cáo tháng " + date.getMonthValue() + " năm " + date.getYear();
  }

  private static String[] monthYear(LocalDate date) {
    return new String[] {String.valueOf(date.getMonthValue()), String.valueOf(date.getYear())};
  }
}
