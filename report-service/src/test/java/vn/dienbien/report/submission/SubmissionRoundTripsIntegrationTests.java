package vn.dienbien.report.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.dienbien.report.Fixtures;
import vn.dienbien.report.StoreCommands;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * What one submission costs the store (issue 16): every command the request's own thread sends,
 * recorded by a driver listener, so the relay's background reads are not counted. Before the change
 * a submission sent five (obligation read, guard read, marker insert, guarded update, audit
 * insert); the aim is one read and one guarded write, with the audit record and the outbox marker
 * not costing a round trip of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionRoundTripsIntegrationTests extends IntegrationTestBase {

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired TestClock clock;
  KafkaEvents kafka;
  RestClient http;

  @BeforeEach
  void setUp() {
    kafka = new KafkaEvents(brokers, clock);
    http =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> {})
            .build();
  }

  @Test
  void aSubmissionIsOneReadTheMarkerOneGuardedWriteAndTheAudit() {
    String first = openObligation();
    submit(first); // warms up: indexes and guards are ensured once per collection
    String obligationId = openObligation();
    StoreCommands.start();
    ResponseEntity<String> response = submit(obligationId);
    List<String> commands = StoreCommands.stop();

    assertThat(response.getStatusCode().value()).isEqualTo(201);
    List<String> sent = requestThreadCommands(commands);
    System.out.println("submission store commands: " + sent.size() + " " + sent);
    assertThat(sent)
        .containsExactly(
            "find obligations",
            "findAndModify outbox_markers",
            "update obligations",
            "insert audit_log");
  }

  private static List<String> requestThreadCommands(List<String> commands) {
    // The request's thread is the web server's worker that sent the obligation's update.
    String thread =
        commands.stream()
            .filter(c -> c.startsWith("http-nio") && c.endsWith(" update obligations"))
            .map(c -> c.substring(0, c.indexOf(' ')))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no request thread updated: " + commands));
    return commands.stream()
        .filter(c -> c.startsWith(thread + " "))
        .map(c -> c.substring(thread.length() + 1))
        .toList();
  }

  private String openObligation() {
    String assignment = "a-" + UUID.randomUUID();
    kafka.publish(
        Fixtures.fixedDate(assignment, "XA-MUONG-NHE", "Xã Mường Nhé", clock.today().plusDays(10)));
    String obligationId = Obligation.idOf(assignment, "FIXED");
    Waits.background().until(() -> mongo.findById(obligationId, Obligation.class) != null);
    return obligationId;
  }

  private ResponseEntity<String> submit(String obligationId) {
    return http.post()
        .uri("/api/v1/reports")
        .header("X-Unit-Id", "XA-MUONG-NHE")
        .header("X-User-Id", "cb.muongnhe")
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "obligationId",
                obligationId,
                "progressPercent",
                40,
                "status",
                "IN_PROGRESS",
                "results",
                "Đã tổ chức hội nghị quán triệt Chỉ thị"))
        .retrieve()
        .toEntity(String.class);
  }
}
