package vn.dienbien.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dienbien.testsupport.TcpForwarder;

/**
 * The seeded stack started from empty (directives 06-CT/TU and 11-CT/TU, the sample models, the
 * demo officials) with report-service's due sweep on: its first sweep finds every seeded report
 * overdue at once. The monitoring body and each unit head get nothing until the next morning's
 * digest, then one e-mail each, the summary. notification-service is restarted with its business
 * clock on the next morning, past 07:30, so the digest is due without waiting a day.
 */
class FirstStartDigestIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String MONITOR = "demo-btgdv-theodoi";
  private static final Map<String, String> MAILBOXES =
      Map.of(
          MONITOR,
          "theodoi.btgdv@example.vn",
          "demo-muongnhe-thutruong",
          "bithu.muongnhe@example.vn",
          "demo-sinthau-thutruong",
          "bithu.sinthau@example.vn",
          "demo-dbp-thutruong",
          "bithu.dienbienphu@example.vn");

  private static final Set<String> WAITING = Set.of("HELD", "PENDING", "SENDING");
  private static final Pattern OVERDUE_SECTION =
      Pattern.compile("Báo cáo (?:mới|vẫn) quá hạn \\((\\d+)\\):");

  /** Bound of each wait: JVMs starting and working through the seed on a loaded 2-core machine. */
  private static final Duration BOUND = Duration.ofMinutes(15);

  private static Infrastructure infrastructure;
  private static final List<ServiceProcess> services = new ArrayList<>();
  private static ServiceProcess notifications;
  private static ServiceProcess reports;

  @BeforeAll
  static void startSystem() throws Exception {
    infrastructure = Infrastructure.start();
    // The officials are on file before the first event, as in production.
    notifications = notificationService(Duration.ZERO);
    awaitReady();
    start("directive-service", "directive", "--directive.seed.enabled=true");
    reports = start("report-service", "report");
    start("model-registry-service", "model_registry", "--model-registry.demo.enabled=true");
    awaitReady();
  }

  @AfterAll
  static void stopSystem() throws Exception {
    for (ServiceProcess service : services) {
      service.close();
    }
    if (infrastructure != null) {
      infrastructure.close();
    }
  }

  @Test
  void theSeedsOverdueSweepReachesTheMonitoringBodyAndEachUnitHeadAsOneDigest() throws Exception {
    // The sweep has run and notification-service has taken in every overdue report it found.
    Set<String> overdue =
        await()
            .atMost(BOUND)
            .pollInterval(Duration.ofSeconds(5))
            .until(
                FirstStartDigestIT::overdueReportsOnceAllReminded,
                ids -> !ids.isEmpty() && obligationsHeldFor(MONITOR).containsAll(ids));
    for (String address : MAILBOXES.values()) {
      assertThat(mailsTo(address)).as("nothing before the digest: " + address).isEmpty();
    }

    services.remove(notifications);
    notifications.close();
    notifications = notificationService(Duration.ofDays(1));
    awaitReady();

    // The digest sweep has gone through every official: nothing of theirs is waiting any more.
    await()
        .atMost(BOUND)
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () ->
                MAILBOXES.keySet().stream()
                    .flatMap(id -> emailsOfUnchecked(id).stream())
                    .filter(d -> WAITING.contains(d.path("status").asText()))
                    .count(),
            waiting -> waiting == 0);
    assertThat(mailsTo(MAILBOXES.get(MONITOR))).hasSize(1);
    String nextDay =
        ServiceProcess.businessDate().plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    for (var official : MAILBOXES.entrySet()) {
      List<MimeMessage> mails = mailsTo(official.getValue());
      assertThat(mails).as("e-mails to " + official.getValue()).hasSizeLessThanOrEqualTo(1);
      if (!mails.isEmpty()) {
        assertThat(mails.getFirst().getSubject())
            .startsWith("Tổng hợp tình hình thực hiện chỉ thị ngày " + nextDay + " – ");
      }
      // Every e-mail held for the official went out inside that one digest: none is left to go.
      List<JsonNode> emails = emailsOf(official.getKey());
      assertThat(emails)
          .as("deliveries of " + official.getKey())
          .allSatisfy(d -> assertThat(d.path("status").asText()).isIn("SENT", "CANCELLED"))
          .filteredOn(d -> d.path("status").asText().equals("SENT"))
          .allSatisfy(d -> assertThat(d.path("digestId").asText()).isNotEmpty());
    }
    // One line per overdue report, each directive's newly and still overdue ones summed.
    String digest = text(mailsTo(MAILBOXES.get(MONITOR)).getFirst());
    assertThat(
            OVERDUE_SECTION
                .matcher(digest)
                .results()
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .sum())
        .isEqualTo(overdue.size());
    assertThat(digest).contains("CHỈ THỊ SỐ 06-CT/TU", "CHỈ THỊ SỐ 11-CT/TU");
  }

  /** The plain-text part of a mail. */
  private static String text(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = text(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  /** Overdue reports per report-service, once its sweep has reminded every one of them. */
  private static Set<String> overdueReportsOnceAllReminded() throws Exception {
    Set<String> ids = new HashSet<>();
    for (JsonNode o : all(reports, "/api/v1/obligations?overdue=true")) {
      if (o.path("overdueStep").asInt(-1) < 0) {
        return Set.of();
      }
      ids.add(o.path("id").asText());
    }
    return ids;
  }

  private static Set<String> obligationsHeldFor(String contactId) {
    try {
      Set<String> ids = new HashSet<>();
      for (JsonNode d : emailsOf(contactId)) {
        ids.add(d.path("obligationId").asText());
      }
      return ids;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<JsonNode> emailsOfUnchecked(String contactId) {
    try {
      return emailsOf(contactId);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<JsonNode> emailsOf(String contactId) throws Exception {
    return all(notifications, "/api/v1/notifications?channel=EMAIL&contactId=" + contactId);
  }

  /** Every item of a paged list, 500 at a time. */
  private static List<JsonNode> all(ServiceProcess service, String path) throws Exception {
    List<JsonNode> items = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode body = JSON.readTree(get(service.url(path + "&size=500&page=" + page)));
      body.path("items").forEach(items::add);
      if (page + 1 >= body.path("totalPages").asInt()) {
        return items;
      }
    }
  }

  private static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(infrastructure.mail().getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
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

  private static String get(String url) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url + " → " + response.body()).isEqualTo(200);
    return response.body();
  }

  private static void awaitReady() {
    await()
        .atMost(BOUND)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> services.stream().allMatch(s -> s.ready(HTTP)));
  }

  private static ServiceProcess notificationService(Duration shift) throws Exception {
    ServiceProcess process =
        ServiceProcess.start(
            "notification-service",
            TcpForwarder.reservePort(),
            env("notification"),
            List.of("--notification.demo.enabled=true", "--platform.security.enabled=false"),
            shift);
    services.add(process);
    return process;
  }

  private static ServiceProcess start(String name, String database, String... args)
      throws Exception {
    List<String> arguments = new ArrayList<>(List.of(args));
    arguments.add("--platform.security.enabled=false");
    ServiceProcess process =
        ServiceProcess.start(name, TcpForwarder.reservePort(), env(database), arguments);
    services.add(process);
    return process;
  }

  private static Map<String, String> env(String database) {
    return infrastructure.env(database, Map.of());
  }
}
