package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.notification.NotificationFlowIntegrationTests.smsTo;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dienbien.localstack.sms.SmsMessage;
import vn.dienbien.notification.unit.UnitDirectory;
import vn.dienbien.testsupport.Waits;

/**
 * SMS cost (issue 13, item 4): a routine reminder is GSM-7 without diacritics in one 160-character
 * segment, even for the longest unit name of the directory, a half-year report and 235 days late;
 * an escalation to the unit head (critical) keeps its diacritics. Each delivery records the
 * segments the gateway bills, and so does {@code notifications.sms.segments}.
 */
class SmsCostIntegrationTests extends NotificationIntegrationTest {

  /** GSM 03.38 basic character set, as the operators' table lists it (not the code's copy). */
  static final String GSM7_BASIC_TABLE =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  static final String LONGEST_UNIT =
      "Tỉnh đoàn Điện Biên (Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh)";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired UnitDirectory units;
  @Autowired MeterRegistry meters;

  @Test
  void routineRemindersAreOneGsm7SegmentAndAnEscalationToTheHeadKeepsItsDiacritics() {
    String unit = unit();
    Officials.register(http, "Lò Văn Đức", unit, "REPORTING_OFFICER", null, "0912333001");
    Officials.register(http, "Quàng Thị Đào", unit, "UNIT_HEAD", null, "0912333002");
    double gsm7Before = total("GSM7");
    double unicodeBefore = total("UNICODE");
    LocalDate tomorrow = today.plusDays(1);
    String halfYear = "6 tháng đầu năm " + today.getYear();

    kafka.publish(
        EventFixture.dueSoon(unit, LONGEST_UNIT, "obl-td-1-" + unit, halfYear, tomorrow, 1));
    Waits.background().until(() -> smsTo("0912333001").size() == 1);
    LocalDate longAgo = today.minusDays(236);
    kafka.publish(
        EventFixture.overdue(unit, LONGEST_UNIT, "obl-td-2-" + unit, halfYear, longAgo, 235, 30));
    // The head hears by SMS of an escalation on its step's day (235 days late is a catch-up, for
    // the digest): 30 days late, today.
    LocalDate monthAgo = today.minusDays(30);
    kafka.publish(
        EventFixture.overdue(unit, LONGEST_UNIT, "obl-td-3-" + unit, halfYear, monthAgo, 30, 30));
    Waits.background()
        .until(() -> smsTo("0912333001").size() == 3 && smsTo("0912333002").size() == 1);

    List<String> routine = smsTo("0912333001").stream().map(SmsMessage::text).toList();
    String plainUnit = "Tinh doan Dien Bien (Doan Thanh nien Cong san Ho Chi Minh tinh)";
    String plainReport = "bao cao 6 thang dau nam " + today.getYear();
    assertThat(routine)
        .containsExactly(
            plainUnit
                + ": "
                + plainReport
                + " (11.7a, 11-CT/TU) han "
                + DAY.format(tomorrow)
                + ", con 1 ngay. Nhac lan 1.",
            plainUnit
                + ": "
                + plainReport
                + " (11.7a, 11-CT/TU) qua han 236 ngay. Nhac lan 1. De nghi gui ngay.",
            plainUnit
                + ": "
                + plainReport
                + " (11.7a, 11-CT/TU) qua han 30 ngay. Nhac lan 1. De nghi gui ngay.");
    for (String text : routine) {
      assertThat(text.chars()).allMatch(c -> GSM7_BASIC_TABLE.indexOf(c) >= 0);
      assertThat(text.length()).isLessThanOrEqualTo(160);
    }
    assertThat(smsTo("0912333001")).allSatisfy(m -> assertThat(m.segments()).isEqualTo(1));

    SmsMessage head = smsTo("0912333002").getFirst();
    assertThat(head.text()).startsWith(LONGEST_UNIT + ": báo cáo 6 tháng đầu năm");
    assertThat(head.text()).endsWith("Đề nghị chỉ đạo gửi ngay.");
    int headSegments = (head.text().length() + 66) / 67;
    assertThat(head.unicode()).isTrue();
    assertThat(head.segments()).isEqualTo(headSegments);

    Waits.background()
        .until(() -> segmentsRecorded(unit).size() == 4 && total("UNICODE") > unicodeBefore);
    assertThat(segmentsRecorded(unit)).containsExactlyInAnyOrder(1, 1, 1, headSegments);
    // Other tests' SMS released from quiet hours may be counted too: at least these were.
    assertThat(total("GSM7") - gsm7Before).isGreaterThanOrEqualTo(3);
    assertThat(total("UNICODE") - unicodeBefore).isGreaterThanOrEqualTo(headSegments);
  }

  private List<Object> segmentsRecorded(String unit) {
    return items("/api/v1/notifications?size=500&channel=SMS&unitId=" + unit).stream()
        .filter(d -> "SENT".equals(d.get("status")))
        .map(d -> d.get("segments"))
        .toList();
  }

  private double total(String encoding) {
    DistributionSummary summary =
        meters.find("notifications.sms.segments").tag("encoding", encoding).summary();
    return summary == null ? 0 : summary.totalAmount();
  }

  private String unit() {
    String code =
        "SMS-"
            + ThreadLocalRandom.current()
                .ints(8, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    units.heardOf(code, LONGEST_UNIT, true);
    return code;
  }
}
