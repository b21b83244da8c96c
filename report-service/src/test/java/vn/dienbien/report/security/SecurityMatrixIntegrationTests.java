package vn.dienbien.report.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.EDITOR;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.security.UnitFrom;
import vn.dienbien.report.Fixtures;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.security.SecurityMatrixTests;
import vn.dienbien.testsupport.security.TestTokens;

/**
 * Every endpoint × role with security on. The submission example acts on a real obligation of
 * {@link #ownUnit()}, so the own officer's call passes the service's unit check too (201) instead
 * of stopping at validation; the other unit's refusal is in SecuredReportFlowIntegrationTests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIntegrationTests extends SecurityMatrixTests {

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired MongoTemplate mongo;
  private String obligationId;
  private String submittedObligation;
  private String reportId;
  private String fileId;

  /**
   * Obligations arrive the real way (task-assigned events through the broker); one of them already
   * has a report with an evidence file, submitted by the unit's officer, for the read examples.
   */
  @BeforeEach
  void ownUnitHasAnOpenObligationAndASubmittedReportWithEvidence() {
    obligationId = obligation();
    submittedObligation = obligation();
    var parts = new LinkedMultiValueMap<String, Object>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add(
        "report",
        new HttpEntity<>(
            "{\"obligationId\":\""
                + submittedObligation
                + "\",\"progressPercent\":100,"
                + "\"status\":\"COMPLETED\",\"results\":\"Đã hoàn thành kế hoạch\"}",
            json));
    parts.add(
        "files",
        new ByteArrayResource("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes()) {
          @Override
          public String getFilename() {
            return "bien-ban.pdf";
          }
        });
    JsonNode report =
        RestClient.create("http://localhost:" + port)
            .post()
            .uri("/api/v1/reports")
            .header(
                HttpHeaders.AUTHORIZATION,
                "Bearer " + TestTokens.mint("officer.matrix", ownUnit(), "UNIT_OFFICER"))
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(parts)
            .retrieve()
            .body(JsonNode.class);
    reportId = report.path("id").asString();
    fileId = report.path("evidence").get(0).path("fileId").asString();
  }

  private String obligation() {
    String assignment = "a-matrix-" + UUID.randomUUID();
    new KafkaEvents(brokers).publish(Fixtures.task117a(assignment, ownUnit(), "Xã Mường Nhé"));
    String id = Obligation.idOf(assignment, "FIXED");
    Waits.background().until(() -> mongo.findById(id, Obligation.class) != null);
    return id;
  }

  /** Reads of one unit's data act on real resources of {@link #ownUnit()}. */
  @Override
  protected Map<String, Example> examples() {
    return Map.of(
        "POST /api/v1/reports",
        new Example(
            "/api/v1/reports",
            "{\"obligationId\":\""
                + obligationId
                + "\",\"progressPercent\":40,\"status\":\"IN_PROGRESS\",\"results\":\"Đã quán triệt Chỉ thị đến chi bộ\"}"),
        "GET /api/v1/obligations",
        new Example("/api/v1/obligations?unitId={unit}", null),
        "GET /api/v1/obligations/by-group",
        new Example("/api/v1/obligations/by-group?unitId={unit}", null),
        "GET /api/v1/obligations/by-group/{group}",
        new Example("/api/v1/obligations/by-group/OPEN?unitId={unit}", null),
        "POST /api/v1/obligations/{id}/extension-requests",
        new Example(
            "/api/v1/obligations/" + obligationId + "/extension-requests",
            "{\"proposedDueDate\":\"2099-01-31\",\"reason\":\"Chờ số liệu của các thôn\"}"),
        "GET /api/v1/obligations/{id}",
        new Example("/api/v1/obligations/" + submittedObligation, null),
        "GET /api/v1/reports/{id}",
        new Example("/api/v1/reports/" + reportId, null),
        "GET /api/v1/reports/{reportId}/evidence/{fileId}",
        new Example("/api/v1/reports/" + reportId + "/evidence/" + fileId, null));
  }

  @Test
  void anEndpointWithoutARuleIsReported() {
    var withoutReview =
        EndpointPolicy.builder()
            .allowOwnUnit(POST, "/api/v1/reports", UnitFrom.token(), UNIT_OFFICER)
            .read("/api/v1/obligations/**", VIEWER, MONITOR, EDITOR, ADMIN, UNIT_OFFICER)
            .build();
    assertThat(uncovered(withoutReview))
        .contains(
            "POST /api/v1/reports/{id}/review",
            "GET /api/v1/reports/{id}",
            "GET /api/v1/progress/summary",
            "GET /api/v1/exports/summary");
  }
}
