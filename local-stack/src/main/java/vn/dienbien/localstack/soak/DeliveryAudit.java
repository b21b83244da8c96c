package vn.dienbien.localstack.soak;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reminders, end to end: what notification-service decided (its delivery log), what reached the
 * mail server and the SMS gateway, and what it announced on notification-events. A delivery is one
 * (event, recipient, channel); the soak counts how often each reached its server.
 */
final class DeliveryAudit {

  /** The figures printed. */
  record Figures(
      int decided,
      Map<String, Integer> byStatus,
      int repeatedKeys,
      int eventsWithoutDelivery,
      int mailReceived,
      int mailDuplicates,
      int smsAccepted,
      int smsReplays,
      int sentNotReceived,
      int sentWithoutEvent) {

    int outstanding() {
      return byStatus.getOrDefault("PENDING", 0)
          + byStatus.getOrDefault("SENDING", 0)
          + byStatus.getOrDefault("HELD", 0);
    }
  }

  private DeliveryAudit() {}

  /** Deliveries not yet final (pending, being sent, held), across all units. */
  static int outstanding(Api api) {
    int n = 0;
    for (String status : List.of("PENDING", "SENDING", "HELD")) {
      n +=
          api.all("notification-service", "admin", "/api/v1/notifications?status=" + status).size();
    }
    return n;
  }

  static Figures audit(
      Api api,
      Cluster cluster,
      StreamAudit stream,
      List<String> units,
      Set<String> relevantEvents) {
    List<JsonNode> log = new ArrayList<>();
    for (String unit : units) {
      log.addAll(api.all("notification-service", "admin", "/api/v1/notifications?unitId=" + unit));
    }
    Map<String, Integer> byStatus = new TreeMap<>();
    Map<String, Integer> perKey = new HashMap<>();
    Set<String> eventsServed = new HashSet<>();
    for (JsonNode d : log) {
      byStatus.merge(d.path("status").asText(), 1, Integer::sum);
      String key =
          d.path("sourceEventId").asText()
              + "|"
              + d.path("contactId").asText()
              + "|"
              + d.path("channel").asText();
      perKey.merge(key, 1, Integer::sum);
      eventsServed.add(d.path("sourceEventId").asText());
    }
    Map<String, Integer> mail = new HashMap<>();
    cluster.receivedMailIds().forEach(id -> mail.merge(deliveryIdOf(id), 1, Integer::sum));
    Set<String> sms = new HashSet<>(cluster.acceptedSmsIds());
    Set<String> announced = stream.subjects("vn.dienbien.notification.delivered.v1", s -> true);
    int sentNotReceived = 0;
    int sentWithoutEvent = 0;
    for (JsonNode d : log) {
      if (!"SENT".equals(d.path("status").asText())) {
        continue;
      }
      String id = d.path("id").asText();
      boolean received =
          "SMS".equals(d.path("channel").asText()) ? sms.contains(id) : mail.containsKey(id);
      sentNotReceived += received ? 0 : 1;
      sentWithoutEvent += announced.contains(id) ? 0 : 1;
    }
    return new Figures(
        log.size(),
        byStatus,
        perKey.values().stream().mapToInt(n -> n - 1).sum(),
        (int) relevantEvents.stream().filter(e -> !eventsServed.contains(e)).count(),
        mail.values().stream().mapToInt(Integer::intValue).sum(),
        mail.values().stream().mapToInt(n -> n - 1).sum(),
        sms.size(),
        cluster.smsReplays(),
        sentNotReceived,
        sentWithoutEvent);
  }

  /** "<a1b2…@host>" → "a1b2…": the email Message-ID carries the delivery id. */
  private static String deliveryIdOf(String messageId) {
    if (messageId == null) {
      return "(none)";
    }
    String id = messageId.replace("<", "").replace(">", "");
    int at = id.indexOf('@');
    return at < 0 ? id : id.substring(0, at);
  }

  /** The burst's events that call for a reminder under the rules (application.yml). */
  static Set<String> relevantEvents(StreamAudit stream, Expectations x) {
    Set<String> ids = new HashSet<>();
    idsOf(stream, "vn.dienbien.directive.task-assigned.v1", x.assignments(), ids);
    idsOf(stream, "vn.dienbien.report.due-soon.v1", x.dueSoonObligations(), ids);
    idsOf(stream, "vn.dienbien.report.overdue.v1", x.overdueObligations(), ids);
    idsOf(stream, "vn.dienbien.report.reviewed.v1", x.returned(), ids);
    return ids;
  }

  private static void idsOf(
      StreamAudit stream, String type, Set<String> subjects, Set<String> ids) {
    stream.ofType(type).stream()
        .filter(e -> subjects.contains(e.subject()))
        .forEach(e -> ids.add(e.id()));
  }
}
