package vn.dienbien.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.notification.NotificationIntegrationTest;
import vn.dienbien.notification.channel.SendOutcome;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;

/**
 * The stored shape of a delivery is a contract with every query, index and guard on {@code
 * deliveries} (the log's filters, claims, the schedule's sweep, reminder counts) and with documents
 * already stored: one flat document under fixed field names, whatever the record looks like in
 * Java. The delivery log's JSON is flat under the same names.
 */
class DeliveryDocumentIntegrationTests extends NotificationIntegrationTest {

  /** Far beyond any business day the shared context's tests reach: the dispatcher never sends. */
  private static final Duration NEVER_DUE_IN_TESTS = Duration.ofDays(3650);

  private static final List<String> PLANNED =
      List.of(
          "_id",
          "sourceEventId",
          "sourceEventType",
          "kind",
          "rule",
          "eventTime",
          "unitId",
          "contactId",
          "channel",
          "obligationId",
          "critical",
          "status",
          "attempts",
          "dueAt",
          "deferred",
          "createdAt",
          "_class",
          "_outbox");

  @Autowired Deliveries deliveries;
  @Autowired DeliveryClaims claims;
  @Autowired MongoTemplate mongo;

  @Test
  void aSentSmsIsStoredFlatUnderTheFieldNamesItAlwaysHad() {
    Instant now = now();
    Instant due = now.plus(NEVER_DUE_IN_TESTS);
    DeliveryContent content = new DeliveryContent(null, "Báo cáo quý IV đến hạn", null, 1);
    Delivery opened =
        source("evt-shape-sms").pending("contact-shape", Channel.SMS, content, due, now);
    assertThat(deliveries.open(opened).created()).isTrue();
    Delivery claimed = claims.claim(opened.id(), due).orElseThrow();
    assertThat(deliveries.sent(claimed, new SendOutcome.Sent("esms", "gw-shape-1", 1))).isTrue();

    Document stored = stored(opened.id());
    assertThat(stored.keySet())
        .containsExactlyInAnyOrderElementsOf(
            with(PLANNED, "text", "segments", "provider", "providerMessageId", "sentAt"));
    assertThat(stored.get("_class")).isEqualTo(Delivery.class.getName());
    assertThat(stored.get("status")).isEqualTo("SENT");
    assertThat(stored.get("channel")).isEqualTo("SMS");
    assertThat(stored.get("sourceEventId")).isEqualTo("evt-shape-sms");
    assertThat(stored.get("attempts")).isEqualTo(1);
    assertThat(stored.get("deferred")).isEqualTo(true);
    assertThat(stored.get("sentAt")).isInstanceOf(Date.class);
    assertThat(stored.get("dueAt")).isEqualTo(Date.from(due));
  }

  @Test
  void aFailedEmailKeepsItsErrorAndFailureTimeUnderTheirOldNames() {
    Instant now = now();
    Instant due = now.plus(NEVER_DUE_IN_TESTS);
    DeliveryContent content = new DeliveryContent("Nhắc việc", "Văn bản", "<p>Văn bản</p>", null);
    Delivery opened =
        source("evt-shape-failed").pending("contact-shape", Channel.EMAIL, content, due, now);
    deliveries.open(opened);
    Delivery claimed = claims.claim(opened.id(), due).orElseThrow();
    assertThat(deliveries.failed(claimed, "smtp", "550 mailbox unavailable")).isTrue();

    Document stored = stored(opened.id());
    assertThat(stored.keySet())
        .containsExactlyInAnyOrderElementsOf(
            with(PLANNED, "subject", "text", "html", "provider", "lastError", "failedAt"));
    assertThat(stored.get("status")).isEqualTo("FAILED");
    assertThat(stored.get("lastError")).isEqualTo("550 mailbox unavailable");
  }

  @Test
  void aHeldEmailKeepsItsDigestLineAsOneEmbeddedDocumentAndItsCancellationTime() {
    Instant now = now();
    DeliveryContent content = new DeliveryContent("Nhắc việc", "Văn bản", "<p>Văn bản</p>", null);
    Delivery opened =
        source("evt-shape-held")
            .held("contact-shape", content, now.plus(NEVER_DUE_IN_TESTS), now, digestLine());
    deliveries.open(opened);
    assertThat(deliveries.cancel(opened.id())).isTrue();

    Document stored = stored(opened.id());
    assertThat(stored.keySet())
        .containsExactlyInAnyOrderElementsOf(
            with(PLANNED, "subject", "text", "html", "cancelledAt", "digestLine"));
    assertThat(stored.get("status")).isEqualTo("CANCELLED");
    assertThat(stored.get("digestLine", Document.class).keySet())
        .containsExactly(
            "section",
            "byRole",
            "directiveId",
            "directiveNumber",
            "unitId",
            "unitName",
            "taskCode",
            "taskContent",
            "reportName",
            "dueOn",
            "taskDue",
            "submittedOn",
            "lateDays");
  }

  /**
   * A document as earlier versions wrote it, every field set (and the SMS report's own fields,
   * which the record does not hold): read by the store into the grouped record, part for part, and
   * shown by the log flat, field for field.
   */
  @Test
  void aDocumentInTheOldFlatShapeIsReadWithEveryFieldAndShownFlatByTheLog() {
    Instant at = Instant.parse("2027-01-05T02:00:00Z");
    mongo.getCollection("deliveries").insertOne(oldShape("old-shape-1", Date.from(at)));

    assertThat(deliveries.find("old-shape-1"))
        .contains(
            new Delivery(
                "old-shape-1",
                new DeliverySource(
                    "evt-old",
                    "vn.dienbien.report.obligation-overdue",
                    MessageKind.REPORT_OVERDUE,
                    "overdue-first",
                    at,
                    "XA-OLD",
                    "obl-old",
                    true),
                new Delivery.Addressee("contact-old", Channel.EMAIL),
                new DeliveryContent("Quá hạn", "Báo cáo quá hạn", "<p>Báo cáo quá hạn</p>", 2),
                new Delivery.State(DeliveryStatus.SENT, 3, at, true, at),
                new Delivery.Outcome("smtp", "msg-old", "timeout", "DELIVERED", at, at, at),
                at,
                "digest-old",
                oldDigestLine()));

    Map<String, Object> shown =
        http.get()
            .uri("/api/v1/notifications/old-shape-1")
            .retrieve()
            .body(new ParameterizedTypeReference<Map<String, Object>>() {});

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("id", "old-shape-1");
    expected.put("sourceEventId", "evt-old");
    expected.put("sourceEventType", "vn.dienbien.report.obligation-overdue");
    expected.put("kind", "REPORT_OVERDUE");
    expected.put("rule", "overdue-first");
    expected.put("eventTime", "2027-01-05T02:00:00Z");
    expected.put("unitId", "XA-OLD");
    expected.put("contactId", "contact-old");
    expected.put("channel", "EMAIL");
    expected.put("obligationId", "obl-old");
    expected.put("critical", true);
    expected.put("subject", "Quá hạn");
    expected.put("text", "Báo cáo quá hạn");
    expected.put("html", "<p>Báo cáo quá hạn</p>");
    expected.put("segments", 2);
    expected.put("status", "SENT");
    expected.put("attempts", 3);
    expected.put("dueAt", "2027-01-05T02:00:00Z");
    expected.put("deferred", true);
    expected.put("leaseUntil", "2027-01-05T02:00:00Z");
    expected.put("provider", "smtp");
    expected.put("providerMessageId", "msg-old");
    expected.put("lastError", "timeout");
    expected.put("deliveryReport", "DELIVERED");
    expected.put("createdAt", "2027-01-05T02:00:00Z");
    expected.put("sentAt", "2027-01-05T02:00:00Z");
    expected.put("failedAt", "2027-01-05T02:00:00Z");
    expected.put("cancelledAt", "2027-01-05T02:00:00Z");
    expected.put("digestId", "digest-old");
    expected.put("digestLine", shownDigestLine());
    assertThat(shown).containsExactlyInAnyOrderEntriesOf(expected);
  }

  private static Document oldShape(String id, Date at) {
    return new Document("_id", id)
        .append("sourceEventId", "evt-old")
        .append("sourceEventType", "vn.dienbien.report.obligation-overdue")
        .append("kind", "REPORT_OVERDUE")
        .append("rule", "overdue-first")
        .append("eventTime", at)
        .append("unitId", "XA-OLD")
        .append("contactId", "contact-old")
        .append("channel", "EMAIL")
        .append("obligationId", "obl-old")
        .append("critical", true)
        .append("subject", "Quá hạn")
        .append("text", "Báo cáo quá hạn")
        .append("html", "<p>Báo cáo quá hạn</p>")
        .append("segments", 2)
        .append("status", "SENT")
        .append("attempts", 3)
        .append("dueAt", at)
        .append("deferred", true)
        .append("leaseUntil", at)
        .append("provider", "smtp")
        .append("providerMessageId", "msg-old")
        .append("lastError", "timeout")
        .append("deliveryReport", "DELIVERED")
        .append("reportedAt", at)
        .append("reportedMessageId", "msg-old")
        .append("createdAt", at)
        .append("sentAt", at)
        .append("failedAt", at)
        .append("cancelledAt", at)
        .append("digestId", "digest-old")
        .append(
            "digestLine",
            new Document("section", "STILL_OVERDUE")
                .append("byRole", false)
                .append("directiveId", "dir-old")
                .append("directiveNumber", "06-CT/TU")
                .append("unitId", "XA-OLD")
                .append("unitName", "Xã Cũ")
                .append("taskCode", "NV-1")
                .append("taskContent", "Tuyên truyền")
                .append("reportName", "Báo cáo quý IV")
                .append("dueOn", Date.from(Instant.parse("2027-01-01T00:00:00Z")))
                .append("taskDue", "01/01/2027")
                .append("submittedOn", "02/01/2027")
                .append("lateDays", 4))
        .append("_outbox", List.of());
  }

  private static DigestLine oldDigestLine() {
    return new DigestLine(
        DigestLine.Section.STILL_OVERDUE,
        false,
        "dir-old",
        "06-CT/TU",
        "XA-OLD",
        "Xã Cũ",
        "NV-1",
        "Tuyên truyền",
        "Báo cáo quý IV",
        LocalDate.of(2027, 1, 1),
        "01/01/2027",
        "02/01/2027",
        4);
  }

  private static Map<String, Object> shownDigestLine() {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("section", "STILL_OVERDUE");
    line.put("byRole", false);
    line.put("directiveId", "dir-old");
    line.put("directiveNumber", "06-CT/TU");
    line.put("unitId", "XA-OLD");
    line.put("unitName", "Xã Cũ");
    line.put("taskCode", "NV-1");
    line.put("taskContent", "Tuyên truyền");
    line.put("reportName", "Báo cáo quý IV");
    line.put("dueOn", "2027-01-01");
    line.put("taskDue", "01/01/2027");
    line.put("submittedOn", "02/01/2027");
    line.put("lateDays", 4);
    return line;
  }

  private static DeliverySource source(String eventId) {
    return new DeliverySource(
        eventId,
        "vn.dienbien.report.obligation-due-soon",
        MessageKind.REPORT_DUE_SOON,
        "due-tomorrow",
        Instant.parse("2027-01-05T02:00:00Z"),
        "XA-SHAPE",
        "obl-shape",
        false);
  }

  private static DigestLine digestLine() {
    return new DigestLine(
        DigestLine.Section.DUE_SOON,
        false,
        "dir-shape",
        "06-CT/TU",
        "XA-SHAPE",
        "Xã Mẫu",
        "NV-1",
        "Tuyên truyền",
        "Báo cáo quý IV",
        LocalDate.of(2027, 1, 10),
        "01/01/2027",
        "05/01/2027",
        0);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private Document stored(String id) {
    return mongo.getCollection("deliveries").find(new Document("_id", id)).first();
  }

  private static List<String> with(List<String> fields, String... more) {
    return java.util.stream.Stream.concat(fields.stream(), java.util.Arrays.stream(more)).toList();
  }
}
