package vn.dienbien.report.security;

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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.report.Fixtures;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.security.SecuredIntegrationTestBase;
import vn.dienbien.testsupport.security.TestTokens;

/**
 * Issue 7's "Done when" for reports, with security on: a commune officer submits, the monitoring
 * body reviews, and both people are in the audit trail and in the events; another unit's officer is
 * refused without learning whose obligation it is, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecuredReportFlowIntegrationTests extends SecuredIntegrationTestBase {

  private static final String OFFICER =
      TestTokens.mint("officer.muongnhe", "XA-MUONG-NHE", "UNIT_OFFICER");
  private static final String MONITOR = TestTokens.mint("monitor", "BTGDV-TU", "MONITOR");
  private static final String OTHER_OFFICER =
      TestTokens.mint("officer.dienbienphu", "PHUONG-DIEN-BIEN-PHU", "UNIT_OFFICER");

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  final ObjectMapper json = new ObjectMapper();
  KafkaEvents kafka;
  RestClient client;
  String obligationId;

  @BeforeEach
  void muongNheIsAssignedTask117a() {
    kafka = new KafkaEvents(brokers);
    client =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> {})
            .build();
    String assignment = "a-secured-" + UUID.randomUUID();
    kafka.publish(Fixtures.task117a(assignment, "XA-MUONG-NHE", "Xã Mường Nhé"));
    obligationId = Obligation.idOf(assignment, "FIXED");
    Waits.background().until(() -> mongo.findById(obligationId, Obligation.class) != null);
  }

  @Test
  void submissionAndReviewByTwoPeopleAreInTheTrailAndTheEvents() throws Exception {
    String requestId = "req-" + UUID.randomUUID();
    // A client-set identity header must not win over the token.
    var submitted =
        post(
            "/api/v1/reports",
            OFFICER,
            report(100, "COMPLETED"),
            Map.of(
                "X-Request-Id",
                requestId,
                "X-User-Id",
                "ke.mao.danh",
                "X-Unit-Id",
                "PHUONG-DIEN-BIEN-PHU"));
    assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(201);
    String reportId = json.readTree(submitted.getBody()).get("id").asString();
    var reviewed =
        post(
            "/api/v1/reports/" + reportId + "/review",
            MONITOR,
            Map.of("outcome", "ACCEPTED", "comment", "Đạt yêu cầu"),
            Map.of());
    assertThat(reviewed.getStatusCode().value()).as(reviewed.getBody()).isEqualTo(200);

    List<JsonNode> trail =
        json.readTree(get("/api/v1/audit?subject=" + reportId, MONITOR).getBody())
            .path("items")
            .valueStream()
            .toList();
    assertThat(trail).hasSize(2);
    JsonNode review = trail.get(0);
    JsonNode submission = trail.get(1);
    assertThat(submission.path("userId").asString()).isEqualTo("officer.muongnhe");
    assertThat(submission.path("unitId").asString()).isEqualTo("XA-MUONG-NHE");
    assertThat(submission.path("resultId").asString()).isEqualTo(reportId);
    assertThat(submission.path("requestId").asString()).isEqualTo(requestId);
    assertThat(submission.path("status").asInt()).isEqualTo(201);
    assertThat(review.path("userId").asString()).isEqualTo("monitor");
    assertThat(review.path("unitId").asString()).isEqualTo("BTGDV-TU");
    assertThat(review.path("pattern").asString()).isEqualTo("/api/v1/reports/{id}/review");
    assertThat(review.path("pathIds").path("id").asString()).isEqualTo(reportId);
    assertThat(review.path("status").asInt()).isEqualTo(200);

    assertThat(event(reportId, ReportSubmitted.TYPE, ReportSubmitted.class).actorId())
        .isEqualTo("officer.muongnhe");
    assertThat(event(reportId, ReportReviewed.TYPE, ReportReviewed.class).actorId())
        .isEqualTo("monitor");
  }

  @Test
  void anotherUnitsOfficerIsRefusedAndLearnsNotWhoseObligationItIs() {
    long files = mongo.getCollection("fs.files").countDocuments();
    var json = post("/api/v1/reports", OTHER_OFFICER, report(50, "IN_PROGRESS"), Map.of());
    var multipart = postMultipart(OTHER_OFFICER, report(50, "IN_PROGRESS"));

    for (ResponseEntity<String> refusal : List.of(json, multipart)) {
      assertThat(refusal.getStatusCode().value()).as(refusal.getBody()).isEqualTo(403);
      assertThat(refusal.getHeaders().getContentType().toString())
          .startsWith("application/problem+json");
      assertThat(refusal.getBody())
          .contains("\"code\":\"forbidden-unit\"")
          .doesNotContain("XA-MUONG-NHE")
          .doesNotContain("Mường Nhé");
    }
    Obligation obligation = mongo.findById(obligationId, Obligation.class);
    assertThat(obligation.reports()).isEmpty();
    assertThat(obligation.version()).isZero();
    assertThat(mongo.getCollection("fs.files").countDocuments())
        .as("evidence kept")
        .isEqualTo(files);
    // The refused attempts published nothing either: the owner's first report is revision 1 and the
    // only one.
    var own = post("/api/v1/reports", OFFICER, report(50, "IN_PROGRESS"), Map.of());
    assertThat(own.getBody()).contains("\"id\":\"" + obligationId + ":r1\"");
    assertThat(
            kafka.await(
                Topics.REPORT_EVENTS,
                r ->
                    ReportSubmitted.TYPE.equals(CloudEventCodec.decode(r.value()).getType())
                        && CloudEventCodec.decode(r.value())
                            .getSubject()
                            .startsWith(obligationId + ":"),
                1,
                Waits.BACKGROUND))
        .hasSize(1);
  }

  @Test
  void anotherUnitsObligationReportAndEvidenceAreRefusedOnReadWhileProgressStaysReadable()
      throws Exception {
    var submitted = postMultipart(OFFICER, report(60, "IN_PROGRESS"));
    assertThat(submitted.getStatusCode().value()).isEqualTo(201);
    JsonNode report = json.readTree(submitted.getBody());
    String reportId = report.path("id").asString();
    String fileId = report.path("evidence").get(0).path("fileId").asString();
    String evidence = "/api/v1/reports/" + reportId + "/evidence/" + fileId;

    for (String path :
        List.of(
            "/api/v1/obligations/" + obligationId,
            "/api/v1/reports/" + reportId,
            evidence,
            "/api/v1/obligations?unitId=XA-MUONG-NHE",
            "/api/v1/obligations/by-group?unitId=XA-MUONG-NHE",
            "/api/v1/obligations/by-group/OPEN?unitId=XA-MUONG-NHE")) {
      var refused = get(path, OTHER_OFFICER);
      assertThat(refused.getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(refused.getBody()).contains("forbidden-unit").doesNotContain("XA-MUONG-NHE");
    }
    var ownFile = get(evidence, OFFICER);
    assertThat(ownFile.getStatusCode().value()).isEqualTo(200);
    assertThat(ownFile.getBody()).startsWith("%PDF-");
    assertThat(get(evidence, MONITOR).getStatusCode().value()).isEqualTo(200);
    assertThat(get("/api/v1/reports/" + reportId, OFFICER).getStatusCode().value()).isEqualTo(200);

    JsonNode othersList = json.readTree(get("/api/v1/obligations", OTHER_OFFICER).getBody());
    assertThat(othersList.path("items").findValuesAsString("unitId"))
        .doesNotContain("XA-MUONG-NHE");
    JsonNode ownList = json.readTree(get("/api/v1/obligations?size=500", OFFICER).getBody());
    assertThat(ownList.path("items").findValuesAsString("id")).contains(obligationId);
    assertThat(ownList.path("items").findValuesAsString("unitId")).containsOnly("XA-MUONG-NHE");

    String directive =
        json.readTree(get("/api/v1/obligations/" + obligationId, OFFICER).getBody())
            .path("directiveId")
            .asString("11-ct-tu");
    assertThat(
            get("/api/v1/progress/directives/" + directive, OTHER_OFFICER).getStatusCode().value())
        .as("aggregated progress stays readable")
        .isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentTellsTheTruthAboutSubmission() throws Exception {
    JsonNode docs = json.readTree(get("/v3/api-docs", OFFICER).getBody());
    assertThat(docs.path("info").path("title").asString())
        .isEqualTo("Dịch vụ báo cáo (report-service)");
    assertThat(docs.path("info").path("version").asString()).startsWith("v1 (bản dựng 0.");
    JsonNode submit = docs.path("paths").path("/api/v1/reports").path("post");
    assertThat(submit.path("responses").has("201")).isTrue();
    assertThat(submit.path("responses").has("200")).isFalse();
    assertThat(
            submit
                .path("requestBody")
                .path("content")
                .path("multipart/form-data")
                .path("encoding")
                .path("report")
                .path("contentType")
                .asString())
        .isEqualTo("application/json");
    assertThat(docs.toString()).doesNotContain("\"X-Unit-Id\"", "\"X-User-Id\"");
    assertThat(
            docs.path("paths")
                .path("/api/v1/obligations")
                .path("get")
                .path("parameters")
                .findValuesAsString("name"))
        .contains("overdue", "dueFrom", "dueTo", "page", "size", "sort");
  }

  private Map<String, Object> report(int progress, String status) {
    return Map.of(
        "obligationId",
        obligationId,
        "progressPercent",
        progress,
        "status",
        status,
        "results",
        "Đã ban hành Kế hoạch số 15-KH/ĐU triển khai Chỉ thị 11-CT/TU");
  }

  private <T> T event(String reportId, String type, Class<T> data) {
    var found =
        kafka.await(
            Topics.REPORT_EVENTS,
            r ->
                type.equals(CloudEventCodec.decode(r.value()).getType())
                    && reportId.equals(CloudEventCodec.decode(r.value()).getSubject()),
            1,
            Waits.BACKGROUND);
    assertThat(found).as(type + " of " + reportId).hasSize(1);
    return CloudEventCodec.data(CloudEventCodec.decode(found.getFirst().value()), data);
  }

  private ResponseEntity<String> post(
      String path, String token, Object body, Map<String, String> headers) {
    return client
        .post()
        .uri(path)
        .headers(h -> headers.forEach(h::add))
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(String.class);
  }

  private ResponseEntity<String> postMultipart(String token, Object report) {
    var parts = new LinkedMultiValueMap<String, Object>();
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.APPLICATION_JSON);
    parts.add("report", new HttpEntity<>(report, part));
    parts.add(
        "files",
        new ByteArrayResource("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes()) {
          @Override
          public String getFilename() {
            return "ke-hoach.pdf";
          }
        });
    return client
        .post()
        .uri("/api/v1/reports")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts)
        .retrieve()
        .toEntity(String.class);
  }

  private ResponseEntity<String> get(String path, String token) {
    return client
        .get()
        .uri(path)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .retrieve()
        .toEntity(String.class);
  }
}
