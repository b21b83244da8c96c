package vn.dienbien.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.TcpForwarder;

/**
 * The walking skeleton, end to end: the real service jars as separate JVMs, one real Kafka broker,
 * one MongoDB-wire store, one SMTP server. directive-service issues the seeded directives;
 * report-service turns each task-assigned into obligations; notification-service records the
 * reminders; a final report accepted in report-service closes the assignment in directive-service.
 * Every service runs on business time from the test clock's base date ({@link ServiceProcess}): the
 * seeded dates (11.7a due 31/03/2026) are facts that hold whatever day it is.
 */
class WalkingSkeletonIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String UNIT = "XA-MUONG-NHE";

  private static Infrastructure infrastructure;
  private static final List<ServiceProcess> services = new ArrayList<>();
  private static ServiceProcess directives;
  private static ServiceProcess reports;
  private static ServiceProcess notifications;

  /**
   * Bound for each step of the flow. The three services first work through every seeded assignment
   * (hundreds of events, one shared store): on a loaded 2-core machine a single consumer batch has
   * taken more than five minutes. A step that succeeds ends the wait at once.
   */
  private static final Duration FLOW = Duration.ofMinutes(10);

  @BeforeAll
  static void startSystem() throws Exception {
    infrastructure = Infrastructure.start();

    directives = start("directive-service", "directive", "--directive.seed.enabled=true");
    // The due sweep's timer stays off: this test follows one assignment, and the sweep would add
    // work that grows with the base date (by 2030 every seeded obligation is overdue).
    reports = start("report-service", "report", "--report.detection.initial-delay=365d");
    notifications =
        start("notification-service", "notification", "--notification.demo.enabled=true");
    // Three JVMs start at once: on a 2-core machine shared with other builds, each has taken up to
    // 8 minutes to become ready. The wait ends as soon as all three are.
    await()
        .atMost(Duration.ofMinutes(15))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> services.stream().allMatch(s -> s.ready(HTTP)));
  }

  private static ServiceProcess start(String name, String database, String... args)
      throws Exception {
    Map<String, String> env = infrastructure.env(database, Map.of());
    List<String> arguments = new ArrayList<>(List.of(args));
    arguments.add("--platform.security.enabled=false");
    ServiceProcess process = ServiceProcess.start(name, TcpForwarder.reservePort(), env, arguments);
    services.add(process);
    return process;
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
  void anAssignmentFlowsThroughReportsAndNotificationsAndClosesOnAcceptedFinalReport()
      throws Exception {
    // directive-service stored the assignment of 11.7a for the commune, due 31/03/2026.
    JsonNode assignment =
        flow()
            .until(
                () ->
                    items(
                        get(
                            directives.url(
                                "/api/v1/assignments?taskId=11-ct-tu:11.7a&unitId=" + UNIT))),
                list -> list.size() == 1)
            .get(0);
    String assignmentId = assignment.path("id").asText();
    assertThat(assignment.path("currentDueDate").asText()).isEqualTo("2026-03-31");

    // ... and published exactly one task-assigned for it, keyed by the unit.
    KafkaEvents events = new KafkaEvents(infrastructure.kafkaBootstrap());
    List<CloudEvent> assigned =
        events
            .await(
                Topics.DIRECTIVE_EVENTS,
                r ->
                    UNIT.equals(r.key())
                        && r.value() != null
                        && new String(r.value()).contains(assignmentId),
                1,
                FLOW)
            .stream()
            .map(r -> vn.dienbien.contracts.CloudEventCodec.decode(r.value()))
            .filter(e -> TaskAssigned.TYPE.equals(e.getType()))
            .toList();
    assertThat(assigned).hasSize(1);
    String taskAssignedId = assigned.get(0).getId();

    // report-service consumed it and opened the reporting obligation.
    JsonNode obligation =
        flow()
            .until(
                () ->
                    stream(get(reports.url("/api/v1/obligations?unitId=" + UNIT)))
                        .filter(o -> assignmentId.equals(o.path("assignmentId").asText()))
                        .toList(),
                list -> list.size() == 1)
            .get(0);
    assertThat(obligation.path("dueDate").asText()).isEqualTo("2026-03-31");

    // notification-service consumed it and recorded the reminder for the unit's officials.
    flow()
        .until(
            () ->
                items(
                    get(
                        notifications.url(
                            "/api/v1/notifications?unitId="
                                + UNIT
                                + "&eventId="
                                + taskAssignedId))),
            list -> !list.isEmpty());

    // The unit reports; the monitoring body accepts; directive-service closes the assignment.
    HttpResponse<String> submitted =
        post(
            reports.url("/api/v1/reports"),
            UNIT,
            Map.of(
                "obligationId",
                obligation.path("id").asText(),
                "progressPercent",
                100,
                "status",
                "COMPLETED",
                "results",
                "Đã ban hành Kế hoạch triển khai Chỉ thị 11-CT/TU tại xã Mường Nhé"));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    String reportId = JSON.readTree(submitted.body()).path("id").asText();
    HttpResponse<String> reviewed =
        post(
            reports.url("/api/v1/reports/" + reportId + "/review"),
            "BTGDV-TU",
            Map.of("outcome", "ACCEPTED", "comment", "Đạt yêu cầu"));
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);

    flow()
        .until(
            () ->
                JSON.readTree(get(directives.url("/api/v1/assignments/" + assignmentId)))
                    .path("status")
                    .asText(),
            "CLOSED"::equals);
    assertThat(events.awaitEvents(Topics.REPORT_EVENTS, ReportReviewed.TYPE, 1, FLOW)).isNotEmpty();
    assertThat(
            events.awaitEvents(Topics.DIRECTIVE_EVENTS, AssignmentClosed.TYPE, 1, FLOW).stream()
                .filter(e -> assignmentId.equals(e.getSubject()))
                .count())
        .isEqualTo(1);
  }

  private static ConditionFactory flow() {
    return await().atMost(FLOW).pollInterval(Duration.ofSeconds(1));
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url + " → " + response.body()).isEqualTo(200);
    return response.body();
  }

  private static HttpResponse<String> post(String url, String unit, Map<String, Object> body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("X-Unit-Id", unit)
            .header("X-User-Id", "system-test")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Items of a paged answer ({@code items}/{@code content}) or of a plain JSON array. */
  private static List<JsonNode> items(String body) throws Exception {
    return stream(body).toList();
  }

  private static java.util.stream.Stream<JsonNode> stream(String body) throws Exception {
    JsonNode node = JSON.readTree(body);
    JsonNode list =
        node.isArray() ? node : node.has("items") ? node.path("items") : node.path("content");
    return StreamSupport.stream(list.spliterator(), false);
  }
}
