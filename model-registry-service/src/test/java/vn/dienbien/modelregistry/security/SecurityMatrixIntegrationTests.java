package vn.dienbien.modelregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.EDITOR;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dienbien.modelregistry.evaluation.Evaluations;
import vn.dienbien.modelregistry.model.Kind;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.recognition.RecognitionDecisions;
import vn.dienbien.modelregistry.security.SecuredCalls.Answer;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.security.UnitFrom;
import vn.dienbien.testsupport.security.SecurityMatrixTests;
import vn.dienbien.testsupport.security.TestTokens;

/**
 * Every endpoint × role with security on (test-support's matrix, UNIT_APPROVER included: decisions
 * at cấp xã by the own unit's approver, at cấp tỉnh by the monitoring body, another unit's approver
 * refused), plus the checks the matrix cannot see: a unit officer's registration of another unit's
 * model is refused without naming that unit, and a body cannot smuggle a second unitId past the
 * policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIntegrationTests extends SecurityMatrixTests {

  private static final String OWN_MODEL = "MH-MATRIXOWN01";
  private static final String OWN_EXEMPLAR = "DH-MATRIXOWN01";
  private static final String OWN_RECOGNISED = "MH-MATRIXREC01";

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired MongoTemplate mongo;
  @Autowired ModelRegistry registry;
  @Autowired Clock clock;
  @Autowired Models models;
  @Autowired Evaluations evaluations;
  @Autowired RecognitionDecisions decisions;

  /**
   * Both units arrive the real way (unit-changed events); the own unit's model and exemplar through
   * the domain.
   */
  @BeforeEach
  void ownUnitHasAModelAndAnExemplar() {
    unit(ownUnit(), "Xã Mường Nhé");
    unit(otherUnit(), "Phường Điện Biên Phủ");
    var decided = new DecidedModels(registry, models, evaluations, decisions, clock);
    decided.registered(OWN_MODEL, Kind.MODEL, ownUnit());
    decided.registered(OWN_EXEMPLAR, Kind.EXEMPLAR, ownUnit());
    decided.registered(OWN_RECOGNISED, Kind.MODEL, ownUnit());
    decided.recognised(OWN_RECOGNISED, Level.COMMUNE);
    decided.recognisedInProvince(OWN_EXEMPLAR);
  }

  @Override
  protected Map<String, Example> examples() {
    return examples("UNIT_APPROVER");
  }

  /**
   * Decisions act on the own unit's resources: at cấp xã for its approver (another unit's approver
   * is refused), at cấp tỉnh for the monitoring body (its exemplar recognised in the province).
   */
  @Override
  protected Map<String, Example> examples(String role) {
    boolean province = role.equals("MONITOR");
    String level = province ? "PROVINCE" : "COMMUNE";
    String model = province ? OWN_EXEMPLAR : OWN_RECOGNISED;
    String decision =
        ",\"decisionNumber\":\"7-QĐ/ĐU\",\"decisionDate\":\""
            + LocalDate.now(clock)
            + "\",\"signer\":\"Bí thư\"";
    String target = "\"year\":" + thisYear() + ",\"level\":\"" + level + "\"";
    // Next year is the latest a unit may register for, so the own officer's first call succeeds.
    String nextYear = "{\"year\":" + (thisYear() + 1) + ",\"level\":\"COMMUNE\"}";
    Map<String, Example> examples = new HashMap<>();
    examples.put(
        "POST /api/v1/models/{id}/registrations",
        new Example("/api/v1/models/" + OWN_MODEL + "/registrations", nextYear));
    examples.put(
        "POST /api/v1/exemplars/{id}/registrations",
        new Example("/api/v1/exemplars/" + OWN_EXEMPLAR + "/registrations", nextYear));
    examples.put(
        "POST /api/v1/evaluations",
        new Example(
            "/api/v1/evaluations",
            "{\"modelId\":\""
                + model
                + "\","
                + target
                + ",\"evaluator\":\"Đoàn\","
                + "\"scores\":"
                + scores()
                + "}"));
    examples.put(
        "POST /api/v1/recognitions",
        new Example(
            "/api/v1/recognitions", "{\"modelId\":\"" + model + "\"," + target + decision + "}"));
    examples.put(
        "POST /api/v1/recognitions/bulk",
        new Example(
            "/api/v1/recognitions/bulk",
            "{\"modelIds\":[\"" + model + "\"]," + target + decision + "}"));
    examples.put(
        "POST /api/v1/recognitions/rejections",
        new Example(
            "/api/v1/recognitions/rejections",
            "{\"modelId\":\"" + model + "\"," + target + ",\"reasons\":[\"Chưa đạt\"]}"));
    examples.put(
        "POST /api/v1/recognitions/{recognitionId}/re-evaluations",
        new Example(
            "/api/v1/recognitions/" + model + "~" + level + "~" + thisYear() + "/re-evaluations",
            "{\"year\":" + thisYear() + ",\"outcome\":\"SUSTAINED\",\"evaluator\":\"Ban\"}"));
    examples.put(
        "POST /api/v1/commendation-rounds/{roundId}/commendations",
        new Example(
            "/api/v1/commendation-rounds/"
                + (province ? "PROVINCE-2025-2030" : "COMMUNE-2025-2030-1")
                + "/commendations",
            "{\"modelId\":\"" + model + "\"" + decision + "}"));
    examples.put(
        "POST /api/v1/commendations",
        new Example(
            "/api/v1/commendations",
            "{\"recipientKind\":\"INDIVIDUAL\",\"recipientName\":\"Lò Văn Pọm\","
                + "\"unitId\":\"{unit}\",\"level\":\""
                + level
                + "\",\"form\":\""
                + (province ? "DIPLOMA_OF_MERIT" : "CERTIFICATE_OF_MERIT")
                + "\""
                + decision
                + "}"));
    return examples;
  }

  private static String scores() {
    return DecidedModels.CRITERIA.stream()
        .map(c -> "{\"criterionId\":\"" + c + "\",\"score\":5}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void anotherUnitsOfficerCannotRegisterAModelAndLearnsNotWhoseItIs() {
    String id = created(officer(ownUnit()), ownUnit());
    String body = "{\"year\":" + (thisYear() + 1) + ",\"level\":\"COMMUNE\"}";

    String refusal =
        post(officer(otherUnit()), "/api/v1/models/" + id + "/registrations", body, 403);
    assertThat(refusal).doesNotContain(ownUnit()).doesNotContain("Mường Nhé");
    assertThat(registrationsOf(id)).as("registrations after the refusal").hasSize(1);

    post(officer(ownUnit()), "/api/v1/models/" + id + "/registrations", body, 200);
    assertThat(registrationsOf(id)).hasSize(2);
  }

  @Test
  void aSecondUnitIdInTheBodyDoesNotRegisterForAnotherUnit() {
    String smuggled = modelJson(ownUnit()).replace("{", "{\"unitId\":\"" + otherUnit() + "\",");
    String reversed = modelJson(otherUnit()).replace("{", "{\"unitId\":\"" + ownUnit() + "\",");

    // A body with a duplicate property is ambiguous: the strict reader refuses it (400); had it
    // been
    // read, the policy filter and the controller must have kept the same value: refused (403), or a
    // model of the officer's own unit, never one of the other unit.
    for (String body : List.of(smuggled, reversed)) {
      Answer answer = send(officer(ownUnit()), "/api/v1/models", body);
      assertThat(answer.status()).as(answer.body()).isIn(400, 201, 403);
      if (answer.status() == 201) {
        assertThat(answer.body()).contains("\"unitId\":\"" + ownUnit() + "\"");
      }
    }
    assertThat(mongo.count(Query.query(Criteria.where("unitId").is(otherUnit())), Model.class))
        .isZero();
  }

  @Test
  void theMonitoringBodyRecognisesButDoesNotRegister() {
    String monitor = TestTokens.mint("monitor", "BTGDV-TU", "MONITOR");
    long before = mongo.count(new Query(), Model.class);
    post(monitor, "/api/v1/models", modelJson(ownUnit()), 403);
    post(
        monitor,
        "/api/v1/models/" + OWN_MODEL + "/registrations",
        "{\"year\":" + thisYear() + ",\"level\":\"PROVINCE\"}",
        403);
    assertThat(mongo.count(new Query(), Model.class)).isEqualTo(before);
  }

  @Test
  void anEndpointWithoutARuleIsReported() {
    var withoutRegistrations =
        EndpointPolicy.builder()
            .allowOwnUnit(POST, "/api/v1/models", UnitFrom.body("unitId"), UNIT_OFFICER)
            .read("/api/v1/**", VIEWER, MONITOR, EDITOR, ADMIN, UNIT_OFFICER)
            .build();
    assertThat(uncovered(withoutRegistrations))
        .contains(
            "POST /api/v1/models/{id}/registrations",
            "POST /api/v1/exemplars",
            "POST /api/v1/evaluations",
            "POST /api/v1/recognitions/bulk",
            "POST /api/v1/commendation-rounds/{roundId}/commendations",
            "POST /api/v1/commendations");
  }

  private void unit(String code, String name) {
    DecidedModels.unit(mongo, brokers, code, name);
  }

  private String modelJson(String unit) {
    return "{\"name\":\"Mô hình \\\"Dân vận khéo\\\" trả kết quả tại nhà\",\"unitId\":\""
        + unit
        + "\",\"field\":\"POLITICAL_SYSTEM\",\"year\":"
        + thisYear()
        + ",\"level\":\"COMMUNE\"}";
  }

  private String created(String token, String unit) {
    String body = post(token, "/api/v1/models", modelJson(unit), 201);
    return body.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  private List<?> registrationsOf(String id) {
    return mongo.findById(id, Model.class).registrations();
  }

  private int thisYear() {
    return Year.now(clock).getValue();
  }

  private static String officer(String unit) {
    return TestTokens.mint("officer." + unit.toLowerCase(), unit, "UNIT_OFFICER");
  }

  private Answer send(String token, String path, String json) {
    return new SecuredCalls(port).post(token, path, json);
  }

  private String post(String token, String path, String json, int expected) {
    Answer answer = send(token, path, json);
    assertThat(answer.status()).as(path + " answered " + answer.body()).isEqualTo(expected);
    if (expected >= 400) {
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
    return answer.body();
  }
}
