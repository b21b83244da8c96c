package vn.dienbien.report.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.EDITOR;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.security.UnitFrom;
import vn.dienbien.report.Fixtures;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.security.SecurityMatrixTests;

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

  /** The obligation arrives the real way: a task-assigned event through the broker. */
  @BeforeEach
  void ownUnitHasAnOpenObligation() {
    String assignment = "a-matrix-" + UUID.randomUUID();
    new KafkaEvents(brokers).publish(Fixtures.task117a(assignment, ownUnit(), "Xã Mường Nhé"));
    obligationId = Obligation.idOf(assignment, "FIXED");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> mongo.findById(obligationId, Obligation.class) != null);
  }

  @Override
  protected Map<String, Example> examples() {
    return Map.of(
        "POST /api/v1/reports",
        new Example(
            "/api/v1/reports",
            "{\"obligationId\":\""
                + obligationId
                + "\",\"progressPercent\":40,\"status\":\"IN_PROGRESS\",\"results\":\"Đã quán triệt Chỉ thị đến chi bộ\"}"));
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
