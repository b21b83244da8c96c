package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.util.LinkedMultiValueMap;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputIntegrationTests extends IntegrationTestBase {

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  Api api;
  String obligationId;

  @BeforeEach
  void openObligation() {
    api = new Api(port);
    String assignment = "a-" + UUID.randomUUID();
    new KafkaEvents(brokers).publish(Fixtures.task117a(assignment, "XA-QUANG-LAM", "Xã Quảng Lâm"));
    obligationId = Obligation.idOf(assignment, "FIXED");
    Waits.background().until(() -> mongo.findById(obligationId, Obligation.class) != null);
  }

  Map<String, Object> report(int progress, String results) {
    return Map.of(
        "obligationId",
        obligationId,
        "progressPercent",
        progress,
        "status",
        "IN_PROGRESS",
        "results",
        results);
  }

  @Test
  void refusesAnotherUnitsObligation() {
    Api.assertProblem(
        api.postJson("/api/v1/reports", Map.of("X-Unit-Id", "XA-SIN-THAU"), report(50, "Kết quả")),
        403,
        null);
    assertNothingStored();
  }

  @Test
  void refusesProgressOutsideRangeAndEmptyContent() {
    Api.assertProblem(
        api.postJson(
            "/api/v1/reports", Map.of("X-Unit-Id", "XA-QUANG-LAM"), report(150, "Kết quả")),
        400,
        "progressPercent");
    Api.assertProblem(
        api.postJson("/api/v1/reports", Map.of("X-Unit-Id", "XA-QUANG-LAM"), report(50, "  ")),
        400,
        "results");
    assertNothingStored();
  }

  @Test
  void refusesUnknownObligation() {
    var body =
        Map.of(
            "obligationId",
            "khong-ton-tai:FIXED",
            "progressPercent",
            10,
            "status",
            "NOT_STARTED",
            "results",
            "x");
    Api.assertProblem(
        api.postJson("/api/v1/reports", Map.of("X-Unit-Id", "XA-QUANG-LAM"), body), 404, null);
  }

  @Test
  void refusesAFileWhoseContentIsNotAnAllowedType() {
    var parts = new LinkedMultiValueMap<String, Object>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("report", new HttpEntity<>(report(50, "Kết quả"), json));
    parts.add(
        "files",
        new ByteArrayResource("MZ not really a pdf".getBytes()) {
          @Override
          public String getFilename() {
            return "bao-cao.pdf";
          }
        });
    Api.assertProblem(
        api.post(
            "/api/v1/reports",
            Map.of("X-Unit-Id", "XA-QUANG-LAM"),
            MediaType.MULTIPART_FORM_DATA,
            parts),
        415,
        "files[0]");
    assertNothingStored();
    assertThat(mongo.getCollection("fs.files").countDocuments()).isZero();
  }

  private void assertNothingStored() {
    Obligation obligation = mongo.findById(obligationId, Obligation.class);
    assertThat(obligation.reports()).isEmpty();
    assertThat(obligation.version()).isZero();
  }
}
