package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.body;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.mailsTo;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.smsTo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.notification.unit.UnitDirectory;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * What officials read states true numbers: each template is rendered from a real event through
 * Kafka, and every date and number in the text is checked against the event and the business clock
 * (dates derived from the test clock's base, so any {@code -Dtest.clock.base} works). Days are
 * Asia/Ho_Chi_Minh calendar days; reminder counts come from what was really sent.
 */
class MessageTextsIntegrationTests extends NotificationIntegrationTest {

  @Autowired UnitDirectory units;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

  /** Identifiers that carry digits but are not numbers a reader weighs. */
  private static final String[] IDS = {"11-CT/TU", "11.7a", "2025 - 2030"};

  @Test
  void aReminderThreeDaysBeforeTheDueDateSaysThreeDaysLeftWhicheverLeadTheEventNamed()
      throws Exception {
    String unit = unit("Xã Nà Hỳ");
    Officials.register(http, "Sùng A Lử", unit, "REPORTING_OFFICER", "lu.nahy@texts.test.vn", null);
    LocalDate due = today.plusDays(3);
    // report-service caught up late: the event names its 7-day lead, the due date is 3 days away.
    kafka.publish(EventFixture.dueSoon(unit, "Xã Nà Hỳ", "obl-nh-3d-" + today, month(due), due, 7));

    String text = mail("lu.nahy@texts.test.vn", 1);
    assertThat(text)
        .contains("Xã Nà Hỳ gửi " + reportOf(due) + " về nhiệm vụ 11.7a")
        .contains("chậm nhất ngày " + day(due) + ".")
        .contains("Tính đến ngày " + day(today) + ", còn 3 ngày đến hạn.")
        .contains("Đề nghị đồng chí hoàn thiện và gửi báo cáo đúng hạn.")
        .contains("Đây là lần thứ 1 hệ thống nhắc đồng chí về báo cáo này.")
        .doesNotContain("chỉ đạo");
    assertThat(datesIn(text)).containsExactly(day(due), day(today));
    assertThat(numbersIn(text)).containsExactly(monthYear(due)[0], monthYear(due)[1], "3", "1");
  }

  @Test
  void theSmsOnTheEveOfTheDueDateSaysOneDayLeft() {
    String unit = unit("Xã Nà Hỳ");
    Officials.register(http, "Lò Thị Ánh", unit, "REPORTING_OFFICER", null, "0912111801");
    LocalDate due = today.plusDays(1);
    kafka.publish(EventFixture.dueSoon(unit, "Xã Nà Hỳ", "obl-nh-1d-" + today, month(due), due, 1));

    Waits.background().until(() -> smsTo("0912111801").size() == 1);
    String text = smsTo("0912111801").getFirst().text();
    assertThat(text)
        .isEqualTo(
            "Xa Na Hy: "
                + plain(reportOf(due))
                + " (11.7a, 11-CT/TU) han "
                + day(due)
                + ", con 1 ngay. Nhac lan 1.");
  }

  @Test
  void aFirstOverdueReminderCountsCalendarDaysLateAndSaysItIsTheFirst() throws Exception {
    String unit = unit("Xã Quảng Lâm");
    Officials.register(
        http, "Vàng A Chu", unit, "REPORTING_OFFICER", "chu.quanglam@texts.test.vn", "0912111802");
    LocalDate due = today.minusDays(1);
    // Sent at the start of the day after the due date: 0 whole days by report-service's count,
    // escalation step 0; the reader is 1 calendar day late.
    kafka.publish(
        EventFixture.overdue(unit, "Xã Quảng Lâm", "obl-ql-" + today, month(due), due, 0, 0));

    String text = mail("chu.quanglam@texts.test.vn", 1);
    assertThat(text)
        .contains("Xã Quảng Lâm chưa gửi " + reportOf(due) + " về nhiệm vụ 11.7a")
        .contains("Hạn gửi là ngày " + day(due) + "; đến ngày " + day(today))
        .contains("báo cáo đã quá hạn 1 ngày.")
        .contains("Đề nghị đồng chí khẩn trương hoàn thiện và gửi báo cáo.")
        .contains("Đây là lần thứ 1 hệ thống nhắc đồng chí về báo cáo này.");
    assertThat(datesIn(text)).containsExactly(day(due), day(today));
    assertThat(numbersIn(text)).containsExactly(monthYear(due)[0], monthYear(due)[1], "1", "1");

    Waits.background().until(() -> smsTo("0912111802").size() == 1);
    assertThat(smsTo("0912111802").getFirst().text())
        .isEqualTo(
            "Xa Quang Lam: "
                + plain(reportOf(due))
                + " (11.7a, 11-CT/TU) qua han 1 ngay. Nhac lan 1. De nghi gui ngay.");
  }

  /**
   * One obligation followed from a week before its due date to eight days late: each official is
   * told how many reminders they really had, the unit head and the monitoring body how many the
   * unit had; never the escalation step.
   */
  @Test
  void remindersCountWhatEachOfficialAndTheUnitReallyReceived() throws Exception {
    String name = "Phường Điện Biên Phủ";
    String unit = unit(name);
    Officials.register(http, "Lê Thu Hà", unit, "REPORTING_OFFICER", "ha.dbp@texts.test.vn", null);
    Officials.register(http, "Trần Văn Quân", unit, "UNIT_HEAD", "quan.dbp@texts.test.vn", null);
    Officials.register(
        http, "Nguyễn Thị Lan", "BTGDV-TU", "MONITORING_OFFICER", "lan.btgdv@texts.test.vn", null);
    String obligation = "obl-dbp-" + today;
    LocalDate due = today.plusDays(7);
    String period = month(due);

    sent(kafka.publish(EventFixture.dueSoon(unit, name, obligation, period, due, 7)));
    assertThat(mail("ha.dbp@texts.test.vn", 1)).contains("còn 7 ngày đến hạn", "lần thứ 1 ");

    LocalDate firstLateDay = due.plusDays(1);
    clock.travelTo(firstLateDay.atTime(TestClock.START_TIME));
    sent(kafka.publish(EventFixture.overdue(unit, name, obligation, period, due, 0, 0)));
    assertThat(mail("ha.dbp@texts.test.vn", 2)).contains("quá hạn 1 ngày.", "lần thứ 2 ");

    // Step 7 goes out at the start of the eighth day after the due date: 8 calendar days late.
    LocalDate eighthDay = due.plusDays(8);
    clock.travelTo(eighthDay.atTime(TestClock.START_TIME));
    kafka.publish(EventFixture.overdue(unit, name, obligation, period, due, 7, 7));

    String officer = mail("ha.dbp@texts.test.vn", 3);
    assertThat(officer).contains("quá hạn 8 ngày.", "Đây là lần thứ 3 hệ thống nhắc đồng chí");
    assertThat(numbersIn(officer)).containsExactly(monthYear(due)[0], monthYear(due)[1], "8", "3");

    String head = mail("quan.dbp@texts.test.vn", 1);
    assertThat(head)
        .contains("Hạn gửi là ngày " + day(due) + "; đến ngày " + day(eighthDay))
        .contains("quá hạn 8 ngày.")
        .contains("Trước thông báo này, cán bộ của đơn vị đã được nhắc 2 lần.")
        .contains("Đề nghị đồng chí chỉ đạo hoàn thiện và gửi báo cáo ngay.")
        .contains("Đây là lần thứ 1 hệ thống nhắc đồng chí về báo cáo này.");
    assertThat(datesIn(head)).containsExactly(day(due), day(eighthDay));
    assertThat(numbersIn(head))
        .containsExactly(monthYear(due)[0], monthYear(due)[1], "8", "2", "1");

    String monitor = onlyMailAbout("lan.btgdv@texts.test.vn", name);
    assertThat(monitor)
        .contains("Phường Điện Biên Phủ chưa gửi " + reportOf(due))
        .contains("Hạn gửi là ngày " + day(due) + "; đến ngày " + day(eighthDay))
        .contains("quá hạn 8 ngày.")
        .contains("Hệ thống đã nhắc cán bộ của đơn vị 2 lần nhưng chưa nhận được báo cáo.")
        .contains("Đề nghị đồng chí đôn đốc, kiểm tra.");
    assertThat(datesIn(monitor)).containsExactly(day(due), day(eighthDay));
    assertThat(numbersIn(monitor)).containsExactly(monthYear(due)[0], monthYear(due)[1], "8", "2");
  }

  @Test
  void theMonitoringBodyIsToldWhenNoOfficialOfTheUnitCouldBeReminded() throws Exception {
    Officials.register(
        http, "Đỗ Văn Hùng", "BTGDV-TU", "MONITORING_OFFICER", "hung.btgdv@texts.test.vn", null);
    String name = "Xã Mường Mươn";
    // Step 30 goes out at the start of the 31st day after the due date.
    LocalDate due = today.minusDays(31);
    kafka.publish(
        EventFixture.overdue(unit(name), name, "obl-none-" + today, month(due), due, 30, 30));

    String text = onlyMailAbout("hung.btgdv@texts.test.vn", name);
    assertThat(text)
        .contains("quá hạn 31 ngày.")
        .contains("Hệ thống chưa gửi được lời nhắc nào đến cán bộ của đơn vị.");
    assertThat(numbersIn(text)).containsExactly(monthYear(due)[0], monthYear(due)[1], "31");
  }

  @Test
  void aNewTaskStatesItsDeadlineAndAsksTheHeadToDirectAndTheOfficerToAdvise() throws Exception {
    String unit = unit("Xã Nậm Kè");
    Officials.register(http, "Mùa A Sềnh", unit, "UNIT_HEAD", "senh.namke@texts.test.vn", null);
    Officials.register(
        http, "Ly Thị Dua", unit, "REPORTING_OFFICER", "dua.namke@texts.test.vn", null);
    LocalDate due = today.plusDays(30);
    kafka.publish(
        EventFixture.taskAssigned(
            unit, "Xã Nậm Kè", TaskAssigned.DeadlineKind.FIXED_DATE, due, null, assignedNow()));

    String head = mail("senh.namke@texts.test.vn", 1);
    assertThat(head)
        .contains("Xã Nậm Kè được giao chủ trì thực hiện nhiệm vụ 11.7a của Chỉ thị số 11-CT/TU")
        .contains("Thời hạn hoàn thành: ngày " + day(due) + ".")
        .contains("Đề nghị đồng chí chỉ đạo tổ chức thực hiện");
    assertThat(datesIn(head)).containsExactly(day(due));
    assertThat(numbersIn(head)).isEmpty();
    String officer = mail("dua.namke@texts.test.vn", 1);
    assertThat(officer)
        .contains("Thời hạn hoàn thành: ngày " + day(due) + ".")
        .contains("Đề nghị đồng chí tham mưu tổ chức thực hiện và gửi báo cáo kết quả")
        .doesNotContain("chỉ đạo");
  }

  @Test
  void anOngoingTaskNamesItsFirstReportAndItsDueDate() throws Exception {
    String text = ongoingTaskMail("pieng.muongthanh@texts.test.vn", TaskAssigned.Cadence.MONTHLY);
    // The reporting calendar: a month closes on the 14th, its report is due on the 20th.
    LocalDate firstMonth = today.getDayOfMonth() <= 14 ? today : today.plusMonths(1);
    LocalDate firstDue = firstMonth.withDayOfMonth(20);
    LocalDate end = LocalDate.of(today.getYear() + 4, 12, 31);

    assertThat(text)
        .contains(
            "Thời hạn: thực hiện thường xuyên đến hết ngày "
                + day(end)
                + "; báo cáo định kỳ hằng tháng. Kỳ báo cáo đầu tiên: tháng "
                + firstMonth.getMonthValue()
                + " năm "
                + firstMonth.getYear()
                + ", hạn gửi ngày "
                + day(firstDue)
                + ".");
    assertThat(datesIn(text)).containsExactly(day(end), day(firstDue));
    assertThat(numbersIn(text))
        .containsExactly(
            String.valueOf(firstMonth.getMonthValue()), String.valueOf(firstMonth.getYear()));
  }

  @Test
  void aSixMonthAndYearTaskNamesItsFirstReportAsTheHalfOrTheWholeYear() throws Exception {
    String text = ongoingTaskMail("lo.muongthanh@texts.test.vn", TaskAssigned.Cadence.HALF_YEARLY);
    // "6 tháng, năm": the first half closes on 14/06, the whole year on 14/12; due 6 days later.
    int year = today.getYear();
    boolean firstHalf = !today.isAfter(LocalDate.of(year, 6, 14));
    boolean wholeYear = !firstHalf && !today.isAfter(LocalDate.of(year, 12, 14));
    String period = wholeYear ? "năm " + year : "6 tháng đầu năm " + (firstHalf ? year : year + 1);
    LocalDate due =
        wholeYear ? LocalDate.of(year, 12, 20) : LocalDate.of(firstHalf ? year : year + 1, 6, 20);

    assertThat(text)
        .contains(
            "; báo cáo định kỳ 6 tháng, năm. Kỳ báo cáo đầu tiên: "
                + period
                + ", hạn gửi ngày "
                + day(due)
                + ".")
        .doesNotContain("cuối năm")
        .doesNotContain("một lần");
  }

  @Test
  void anOngoingTaskWithoutACadenceSaysHowItsReportsWillBeScheduled() throws Exception {
    String text = ongoingTaskMail("xom.muongthanh@texts.test.vn", null);
    LocalDate end = LocalDate.of(today.getYear() + 4, 12, 31);

    assertThat(text)
        .contains("Thời hạn: thực hiện thường xuyên đến hết ngày " + day(end) + ".")
        .contains("Lịch báo cáo từng kỳ do cơ quan theo dõi thông báo")
        .doesNotContainPattern("Thời hạn: *\\n");
    assertThat(datesIn(text)).containsExactly(day(end));
    assertThat(numbersIn(text)).isEmpty();
  }

  /** The e-mail an official gets for an ongoing task of {@code cadence} assigned now. */
  private String ongoingTaskMail(String email, TaskAssigned.Cadence cadence) throws Exception {
    String unit = unit("Phường Mường Thanh");
    Officials.register(http, "Cà Văn Piếng", unit, "UNIT_HEAD", email, null);
    kafka.publish(
        EventFixture.taskAssigned(
            unit,
            "Phường Mường Thanh",
            TaskAssigned.DeadlineKind.ONGOING,
            null,
            cadence,
            assignedNow()));
    return mail(email, 1);
  }

  @Test
  void aReturnedReportIsNamedByItsPeriodInWords() throws Exception {
    String unit = unit("Xã Mường Nhé");
    Officials.register(
        http, "Giàng A Sử", unit, "REPORTING_OFFICER", "su.muongnhe@texts.test.vn", null);
    LocalDate month = today.minusMonths(1);
    kafka.publish(EventFixture.returned(unit, "Xã Mường Nhé", "obl-mn-r-" + today, month(month)));

    String text = mail("su.muongnhe@texts.test.vn", 1);
    assertThat(text)
        .contains("Cơ quan theo dõi đã trả lại " + reportOf(month) + " của Xã Mường Nhé")
        .contains("Ý kiến: Bổ sung số liệu mô hình đã đăng ký")
        .contains("Đề nghị đồng chí bổ sung, hoàn thiện và gửi lại báo cáo.");
    assertThat(datesIn(text)).isEmpty();
    assertThat(numbersIn(text)).containsExactly(monthYear(month)[0], monthYear(month)[1]);
  }

  @Test
  void anAcceptedReportStatesTheDayItWasAcceptedInHanoiAndThatItWasTheLast() throws Exception {
    String unit = unit("Xã Mường Nhé");
    Officials.register(
        http, "Lò Văn Pọm", unit, "REPORTING_OFFICER", "pom.muongnhe@texts.test.vn", null);
    LocalDate month = today.minusMonths(1);
    var accepted = EventFixture.accepted(unit, "Xã Mường Nhé", "obl-mn-a-" + today, month(month));
    kafka.publish(accepted);

    String text = mail("pom.muongnhe@texts.test.vn", 1);
    // 17:30 UTC on 23/11 is already 24/11 in Asia/Ho_Chi_Minh.
    assertThat(accepted.reviewedAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(text)
        .contains(
            "Ngày 24/11/2026, cơ quan theo dõi đã chấp nhận "
                + reportOf(month)
                + " của Xã Mường Nhé về nhiệm vụ 11.7a theo Chỉ thị số 11-CT/TU.")
        .contains("Đây là báo cáo kỳ cuối của nhiệm vụ")
        .contains("Ý kiến: Báo cáo đầy đủ, đúng hướng dẫn");
    assertThat(datesIn(text)).containsExactly("24/11/2026");
    assertThat(numbersIn(text)).containsExactly(monthYear(month)[0], monthYear(month)[1]);
  }

  @Test
  void aRevokedRecognitionNamesTheYearLevelReasonAndAsksTheHeadToDirect() throws Exception {
    String unit = unit("Xã Nà Hỳ");
    Officials.register(http, "Lò Thị Xuân", unit, "UNIT_HEAD", "xuan.nahy@texts.test.vn", null);
    Officials.register(
        http, "Quàng Văn Dũng", unit, "REPORTING_OFFICER", "dung.nahy@texts.test.vn", null);
    var revoked = EventFixture.revoked(unit, "Xã Nà Hỳ");
    kafka.publish(revoked);

    String head = mail("xuan.nahy@texts.test.vn", 1);
    String officer = mail("dung.nahy@texts.test.vn", 1);
    for (String text : List.of(head, officer)) {
      assertThat(text)
          .contains(
              "Ngày 24/11/2026, sau khi đánh giá lại, cấp có thẩm quyền đã thu hồi công nhận"
                  + " \"Dân vận khéo\" cấp xã năm "
                  + revoked.year()
                  + " đối với \"Chung tay xóa nhà tạm\" của Xã Nà Hỳ.")
          .contains("Lý do: Mô hình không còn duy trì hoạt động");
      assertThat(datesIn(text)).containsExactly(day(revoked.revokedAt().toLocalDate()));
      assertThat(numbersIn(text)).containsOnly(String.valueOf(revoked.year()));
    }
    assertThat(head).contains("Đề nghị đồng chí chỉ đạo rà soát").doesNotContain("tham mưu");
    assertThat(officer).contains("Đề nghị đồng chí tham mưu rà soát").doesNotContain("chỉ đạo");
  }

  @Test
  void recognitionAndCommendationStateTheYearAndDecisionOfTheEvent() throws Exception {
    String unit = unit("Xã Nà Hỳ");
    Officials.register(http, "Hoàng Văn Sinh", unit, "UNIT_HEAD", "sinh.nahy@texts.test.vn", null);
    var recognised = EventFixture.recognised(unit, "Xã Nà Hỳ");
    var commended = EventFixture.commended(unit, "Xã Nà Hỳ");
    kafka.publish(recognised);
    String recognition = mail("sinh.nahy@texts.test.vn", 1);
    kafka.publish(commended);
    String commendation = mail("sinh.nahy@texts.test.vn", 2);

    assertThat(recognition).contains("năm " + recognised.year());
    assertThat(datesIn(recognition)).containsExactly(day(recognised.decisionDate()));
    assertThat(numbersIn(recognition, recognised.decisionNumber()))
        .containsOnly(String.valueOf(recognised.year()));
    assertThat(datesIn(commendation)).containsExactly(day(commended.decisionDate()));
    assertThat(numbersIn(commendation, commended.decisionNumber())).isEmpty();
  }

  /**
   * A unit of this test alone, as directive-service announces one: officials of the shared
   * context's other tests neither receive these events nor count in these texts.
   */
  private String unit(String name) {
    // Letters only: the code shows in the officials' titles, which must add no digits to the text.
    String code =
        "TXT-"
            + java.util.concurrent.ThreadLocalRandom.current()
                .ints(8, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    units.heardOf(code, name, true);
    return code;
  }

  /** Waits until the event's deliveries are all sent, so the next reminder counts them. */
  private void sent(UUID event) {
    Waits.background()
        .until(() -> {
          List<Map<String, Object>> all = items("/api/v1/notifications?eventId=" + event);
          return !all.isEmpty() && all.stream().allMatch(d -> "SENT".equals(d.get("status")));
        });
  }

  /** The plain text of the {@code n}th email to {@code address} (1-based), once it has come. */
  static String mail(String address, int n) throws Exception {
    Waits.background().until(() -> mailsTo(address).size() >= n);
    return body(mailsTo(address).get(n - 1));
  }

  /** The one email to a monitoring officer about {@code unitName} (others' escalations aside). */
  private static String onlyMailAbout(String address, String unitName) throws Exception {
    Waits.background()
        .until(() -> mailsTo(address).stream().anyMatch(m -> subjectHas(m, unitName)));
    var about = mailsTo(address).stream().filter(m -> subjectHas(m, unitName)).toList();
    assertThat(about).hasSize(1);
    return body(about.getFirst());
  }

  private static boolean subjectHas(jakarta.mail.internet.MimeMessage mail, String text) {
    try {
      return mail.getSubject().contains(text);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private OffsetDateTime assignedNow() {
    return clock.instant().atZone(TestClock.ZONE).toOffsetDateTime();
  }

  static String day(LocalDate date) {
    return date.format(DAY);
  }

  /** The monthly period of {@code date} as report-service labels it. */
  private static String month(LocalDate date) {
    return "Tháng " + date.getMonthValue() + "/" + date.getYear();
  }

  private static String reportOf(LocalDate date) {
    return "báo cáo tháng " + date.getMonthValue() + " năm " + date.getYear();
  }

  /** Routine SMS are GSM-7: the Vietnamese words without diacritics. */
  static String plain(String vietnamese) {
    return vietnamese.replace("á", "a").replace("ă", "a");
  }

  private static String[] monthYear(LocalDate date) {
    return new String[] {String.valueOf(date.getMonthValue()), String.valueOf(date.getYear())};
  }

  static List<String> datesIn(String text) {
    return DATE.matcher(text).results().map(MatchResult::group).toList();
  }

  /** The numbers in the text once its dates and identifiers (and {@code more}) are left out. */
  static List<String> numbersIn(String text, String... more) {
    String rest = DATE.matcher(text).replaceAll(" ");
    List<String> ids = new ArrayList<>(List.of(IDS));
    ids.addAll(List.of(more));
    for (String id : ids) {
      rest = rest.replace(id, " ");
    }
    return Pattern.compile("\\d+").matcher(rest).results().map(MatchResult::group).toList();
  }
}
