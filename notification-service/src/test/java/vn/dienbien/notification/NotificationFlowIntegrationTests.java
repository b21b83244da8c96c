package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.notification.NotificationDelivered;
import vn.dienbien.localstack.sms.SmsMessage;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/** Events in, email and SMS out, through the real broker, SMTP server and SMS gateway. */
class NotificationFlowIntegrationTests extends NotificationIntegrationTest {

  @Test
  void overdueReportEscalatesFromOfficerToHeadToMonitoringBody() throws Exception {
    String unit = "XA-MUONG-NHE";
    String officer =
        Officials.register(
            http,
            "Giàng Thị Mai",
            unit,
            "REPORTING_OFFICER",
            "mai@muongnhe.test.vn",
            "0912 111 001");
    Officials.register(http, "Vàng A Sử", unit, "UNIT_HEAD", "su@muongnhe.test.vn", "0912111002");
    Officials.register(
        http, "Lò Văn Minh", "BTGDV-TU", "MONITORING_OFFICER", "minh@btgdv.test.vn", null);

    LocalDate due = today.minusDays(23);
    String period = "Tháng " + due.getMonthValue() + "/" + due.getYear();
    UUID step1 =
        kafka.publish(EventFixture.overdue(unit, "Xã Mường Nhé", "obl-mn-10", period, due, 22, 1));
    Waits.background()
        .until(
            () -> smsTo("0912111001").size() == 1 && mailsTo("mai@muongnhe.test.vn").size() == 1);
    MimeMessage mail = mailsTo("mai@muongnhe.test.vn").getFirst();
    assertThat(mail.getSubject()).isEqualTo("Nhắc nhở: báo cáo quá hạn – 11-CT/TU");
    assertThat(body(mail))
        .contains("Kính gửi đồng chí Giàng Thị Mai")
        .contains("Xã Mường Nhé")
        .contains("quá hạn 23 ngày")
        .contains(due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    assertThat(smsTo("0912111001").getFirst().text())
        .startsWith(
            "Xa Muong Nhe: bao cao thang "
                + due.getMonthValue()
                + " nam "
                + due.getYear()
                + " (11.7a, 11-CT/TU)");
    assertThat(deliveries("eventId=" + step1))
        .extracting(d -> d.get("contactId"))
        .containsOnly(officer);

    UUID step3 = kafka.publish(EventFixture.overdue(unit, "Xã Mường Nhé", "obl-mn-10", 3));
    Waits.background()
        .until(() ->
            mailsTo("su@muongnhe.test.vn").size() == 1
                && smsTo("0912111002").size() == 1
                && mailsTo("minh@btgdv.test.vn").size() == 1
                && smsTo("0912111001").size() == 2);
    Waits.background()
        .untilAsserted(() ->
            assertThat(deliveries("eventId=" + step3))
                .allSatisfy(d -> assertThat(d.get("status")).isEqualTo("SENT")));
    MimeMessage escalated = mailsTo("minh@btgdv.test.vn").getFirst();
    assertThat(escalated.getSubject())
        .isEqualTo("Báo cáo quá hạn cần đôn đốc – 11-CT/TU – Xã Mường Nhé");
    assertThat(smsTo("0912111001")).hasSize(2);
  }

  /**
   * A first start or a sweep after downtime finds reports long past a step: the head is not sent an
   * SMS per report (that is the daily digest's job); an escalation on the day its step is reached
   * still reaches the head at once. The officer, who must act, is reminded of both.
   */
  @Test
  void aCatchUpEscalationSendsTheHeadNoSmsButOneOnItsStepsDayDoes() throws Exception {
    String unit = "DU-MTTQ-TINH";
    Officials.register(
        http, "Lò Văn Pọm", unit, "REPORTING_OFFICER", "pom@mttq.test.vn", "0912444001");
    Officials.register(http, "Quàng Văn Inh", unit, "UNIT_HEAD", "inh@mttq.test.vn", "0912444002");
    String period = "6 tháng đầu năm " + today.getYear();
    kafka.publish(
        EventFixture.overdue(
            unit,
            "Đảng ủy MTTQ Việt Nam tỉnh",
            "obl-mttq-late",
            period,
            today.minusDays(41),
            40,
            30));
    kafka.publish(
        EventFixture.overdue(
            unit, "Đảng ủy MTTQ Việt Nam tỉnh", "obl-mttq-step", period, today.minusDays(7), 7, 7));
    // Same unit, same partition: once the officer has both reminders, both events were handled.
    Waits.background()
        .until(() ->
            smsTo("0912444001").size() == 2
                && smsTo("0912444002").size() == 1
                && mailsTo("inh@mttq.test.vn").size() == 1);
    assertThat(smsTo("0912444002").getFirst().text()).contains("quá hạn 7 ngày");
    assertThat(mailsTo("inh@mttq.test.vn")).hasSize(1);
    assertThat(body(mailsTo("inh@mttq.test.vn").getFirst())).contains("quá hạn 7 ngày");
  }

  @Test
  void eachKindOfEventReachesTheRightOfficialsInVietnamese() throws Exception {
    String unit = "XA-NA-HY";
    Officials.register(http, "Lầu Thị Dua", unit, "REPORTING_OFFICER", "dua@nahy.test.vn", null);
    Officials.register(http, "Sùng A Lử", unit, "UNIT_HEAD", "lu@nahy.test.vn", null);
    Officials.register(
        http, "Quàng Văn Tỉnh", "BTGDV-TU", "MONITORING_OFFICER", "tinh@btgdv.test.vn", null);

    kafka.publish(EventFixture.taskAssigned(unit, "Xã Nà Hỳ"));
    kafka.publish(EventFixture.dueSoon(unit, "Xã Nà Hỳ", "obl-nh-q4", 7));
    kafka.publish(EventFixture.returned(unit, "Xã Nà Hỳ", "obl-nh-10"));
    kafka.publish(EventFixture.recognised(unit, "Xã Nà Hỳ"));
    kafka.publish(EventFixture.commended(unit, "Xã Nà Hỳ"));

    Waits.background()
        .until(() ->
            mailsTo("dua@nahy.test.vn").size() == 5
                && mailsTo("lu@nahy.test.vn").size() == 3
                && !mailsTo("tinh@btgdv.test.vn").isEmpty());
    assertThat(subjects("dua@nahy.test.vn"))
        .containsExactlyInAnyOrder(
            "Nhiệm vụ mới – 11-CT/TU – 11.7a",
            "Nhắc nhở: sắp đến hạn báo cáo – 11-CT/TU",
            "Báo cáo bị trả lại – 11-CT/TU – 11.7a",
            "Công nhận mô hình \"Dân vận khéo\" cấp tỉnh năm 2026",
            "Biểu dương, khen thưởng \"Dân vận khéo\" cấp xã – Chung tay xóa nhà tạm");
    assertThat(subjects("lu@nahy.test.vn"))
        .containsExactlyInAnyOrder(
            "Nhiệm vụ mới – 11-CT/TU – 11.7a",
            "Công nhận mô hình \"Dân vận khéo\" cấp tỉnh năm 2026",
            "Biểu dương, khen thưởng \"Dân vận khéo\" cấp xã – Chung tay xóa nhà tạm");
    assertThat(subjects("tinh@btgdv.test.vn"))
        .containsExactly("Công nhận mô hình \"Dân vận khéo\" cấp tỉnh năm 2026");
    MimeMessage returned =
        mailsTo("dua@nahy.test.vn").stream()
            .filter(m -> subject(m).startsWith("Báo cáo bị trả lại"))
            .findFirst()
            .orElseThrow();
    assertThat(body(returned)).contains("Ý kiến: Bổ sung số liệu mô hình đã đăng ký");
  }

  @Test
  void aRedeliveredEventSendsNothingTwice() throws Exception {
    String unit = "XA-QUANG-LAM";
    Officials.register(
        http, "Tòng Văn Hải", unit, "REPORTING_OFFICER", "hai@quanglam.test.vn", "0912111301");
    var event = EventFixture.overdue(unit, "Xã Quảng Lâm", "obl-ql-10", 1);
    UUID id = UUID.randomUUID();
    kafka.publish(event, id);
    Waits.background()
        .untilAsserted(() ->
            assertThat(subjects("hai@quanglam.test.vn").size() + ":" + smsTo("0912111301").size())
                .as("%s", deliveries("eventId=" + id))
                .isEqualTo("1:1"));

    kafka.publish(event, id);
    // Same topic and key, so the same partition: once the sentinel is through, the redelivery was
    // handled.
    kafka.publish(EventFixture.dueSoon(unit, "Xã Quảng Lâm", "obl-ql-q4", 7));
    Waits.background().untilAsserted(() -> assertThat(subjects("hai@quanglam.test.vn")).hasSize(2));

    assertThat(smsTo("0912111301")).hasSize(1);
    assertThat(subjects("hai@quanglam.test.vn"))
        .containsExactlyInAnyOrder(
            "Nhắc nhở: báo cáo quá hạn – 11-CT/TU", "Nhắc nhở: sắp đến hạn báo cáo – 11-CT/TU");
    assertThat(deliveries("eventId=" + id)).hasSize(2);
  }

  @Test
  void aGatewayOutageEndsInExactlyOneSmsAfterRetries() {
    String unit = "XA-MUONG-TOONG";
    Officials.register(http, "Mùa A Chư", unit, "REPORTING_OFFICER", null, "0912111401");
    SMS.failNext(2, 503);
    UUID id = kafka.publish(EventFixture.dueSoon(unit, "Xã Mường Toong", "obl-mt-q4", 1));

    Waits.background().until(() -> deliveries("eventId=" + id + "&status=SENT").size() == 1);
    Map<String, Object> delivery = deliveries("eventId=" + id).getFirst();
    assertThat(delivery.get("attempts")).isEqualTo(3);
    assertThat(delivery.get("provider")).isEqualTo("esms");
    assertThat(smsTo("0912111401")).hasSize(1);
    assertThat(smsTo("0912111401").getFirst().requestId()).isEqualTo(delivery.get("id"));
    var delivered =
        kafka
            .awaitEvents(
                Topics.NOTIFICATION_EVENTS, NotificationDelivered.TYPE, 1, Waits.BACKGROUND)
            .stream()
            .filter(e -> delivery.get("id").equals(e.getSubject()))
            .toList();
    assertThat(delivered).hasSize(1);
    assertThat(new String(delivered.getFirst().getData().toBytes()))
        .doesNotContain("912111401")
        .contains("\"attempts\":3");
    Waits.background()
        .until(
            () -> "DELIVERED".equals(deliveries("eventId=" + id).getFirst().get("deliveryReport")));
  }

  @Test
  void anSmsDueAtElevenAtNightGoesOutAtSevenInTheMorning() {
    String unit = "PHUONG-MUONG-THANH";
    Officials.register(
        http, "Lê Thị Thu", unit, "REPORTING_OFFICER", "thu@muongthanh.test.vn", "0912111501");
    clock.travelTo(today.atTime(23, 0).atZone(TestClock.ZONE));
    UUID id = kafka.publish(EventFixture.overdue(unit, "Phường Mường Thanh", "obl-mt-10", 1));

    Waits.background().until(() -> mailsTo("thu@muongthanh.test.vn").size() == 1);
    Map<String, Object> sms = deliveries("eventId=" + id + "&channel=SMS").getFirst();
    assertThat(sms.get("status")).isEqualTo("PENDING");
    assertThat(sms.get("deferred")).isEqualTo(true);
    assertThat(java.time.Instant.parse((String) sms.get("dueAt")))
        .isEqualTo(today.plusDays(1).atTime(7, 0).atZone(TestClock.ZONE).toInstant());
    assertThat(smsTo("0912111501")).isEmpty();

    clock.travelTo(today.plusDays(1).atTime(7, 0).atZone(TestClock.ZONE));
    Waits.background().until(() -> smsTo("0912111501").size() == 1);
    // The gateway has the SMS before the service records its answer: wait for the record too.
    Waits.background()
        .until(() -> deliveries("eventId=" + id + "&channel=SMS&status=SENT").size() == 1);
    Map<String, Object> sent = deliveries("eventId=" + id + "&channel=SMS").getFirst();
    assertThat(java.time.Instant.parse((String) sent.get("sentAt")))
        .isAfterOrEqualTo(today.plusDays(1).atTime(7, 0).atZone(TestClock.ZONE).toInstant());
  }

  @Test
  void aReportSubmittedBeforeTheReminderCancelsIt() {
    String unit = "PHUONG-DIEN-BIEN-PHU";
    Officials.register(
        http, "Trần Văn Nam", unit, "REPORTING_OFFICER", "nam@dbp.test.vn", "0912111601");
    // Obligations of this test only: a submission is remembered for as long as the context lives.
    String obligation = "obl-dbp-q4-" + today;
    String otherObligation = "obl-dbp-other-" + today;
    clock.travelTo(today.atTime(23, 30).atZone(TestClock.ZONE));
    UUID waiting = kafka.publish(EventFixture.dueSoon(unit, "Phường Điện Biên Phủ", obligation, 1));
    Waits.background().until(() -> deliveries("eventId=" + waiting).size() == 1);

    kafka.publish(EventFixture.submitted(unit, "Phường Điện Biên Phủ", obligation));
    Waits.background()
        .until(() -> "CANCELLED".equals(deliveries("eventId=" + waiting).getFirst().get("status")));
    // A reminder that arrives after the report is born cancelled.
    UUID late = kafka.publish(EventFixture.dueSoon(unit, "Phường Điện Biên Phủ", obligation, 1));
    Waits.background().until(() -> deliveries("eventId=" + late).size() == 1);
    assertThat(deliveries("eventId=" + late).getFirst().get("status")).isEqualTo("CANCELLED");

    clock.travelTo(today.plusDays(1).atTime(7, 30).atZone(TestClock.ZONE));
    UUID other =
        kafka.publish(EventFixture.dueSoon(unit, "Phường Điện Biên Phủ", otherObligation, 1));
    Waits.background().until(() -> deliveries("eventId=" + other + "&status=SENT").size() == 1);
    assertThat(smsTo("0912111601")).hasSize(1);
    assertThat(deliveries("eventId=" + waiting).getFirst().get("status")).isEqualTo("CANCELLED");
  }

  @Test
  void aPoisonRecordIsParkedAndTheConsumerMovesOn() {
    String unit = "XA-NAM-KE";
    Officials.register(http, "Pờ Văn Sinh", unit, "REPORTING_OFFICER", "sinh@namke.test.vn", null);
    kafka.publishRaw(Topics.REPORT_EVENTS, unit, "{not a cloud event".getBytes());
    kafka.publishRaw(
        Topics.REPORT_EVENTS,
        unit,
        "{\"specversion\":\"1.0\",\"id\":\"x-1\",\"source\":\"/x\",\"type\":\"vn.dienbien.report.unknown.v1\"}"
            .getBytes());
    kafka.publish(EventFixture.dueSoon(unit, "Xã Nậm Kè", "obl-nk-q4", 7));

    Waits.background().until(() -> mailsTo("sinh@namke.test.vn").size() == 1);
    var parked =
        kafka.await(
            Topics.deadLetter(Topics.REPORT_EVENTS, "notification-service"),
            r -> unit.equals(r.key()),
            2,
            Waits.BACKGROUND);
    assertThat(parked).hasSize(2);
  }

  @Test
  void aModelRecognisedEventWhoseDataBreaksItsSchemaIsParkedAndSendsNoMail() {
    String unit = "PHUONG-MUONG-THANH";
    Officials.register(http, "Giàng A Páo", unit, "UNIT_HEAD", "pao@muongthanh.test.vn", null);
    String id = UUID.randomUUID().toString();
    String invalid =
        """
        {"specversion":"1.0","id":"%s","source":"/model-registry-service",
         "type":"vn.dienbien.model-registry.model-recognised.v1","subject":"MH-1",
         "datacontenttype":"application/json","data":{"unexpected":true}}\
        """
            .formatted(id);
    kafka.publishRaw(Topics.MODEL_REGISTRY_EVENTS, unit, invalid.getBytes());

    // Parked only after the inbox refused it: nothing can still be on its way afterwards.
    var parked =
        kafka.await(
            Topics.deadLetter(Topics.MODEL_REGISTRY_EVENTS, "notification-service"),
            r -> unit.equals(r.key()),
            1,
            Waits.BACKGROUND);
    assertThat(parked).hasSize(1);
    assertThat(new String(parked.get(0).headers().lastHeader("x-dlq-reason").value()))
        .isEqualTo("schema-invalid");
    assertThat(deliveries("eventId=" + id)).isEmpty();
    assertThat(mailsTo("pao@muongthanh.test.vn"))
        .as("no \"năm 0 … Đơn vị  có mô hình \"\"\" mail")
        .isEmpty();
  }

  private List<Map<String, Object>> deliveries(String query) {
    return items("/api/v1/notifications?size=500&" + query);
  }

  static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  static List<SmsMessage> smsTo(String nationalNumber) {
    return SMS.messages().stream().filter(m -> m.to().equals(nationalNumber)).toList();
  }

  private static List<String> subjects(String address) {
    return mailsTo(address).stream().map(NotificationFlowIntegrationTests::subject).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(Object::toString)
          .toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text alternative, decoded. */
  static String body(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = body(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }
}
