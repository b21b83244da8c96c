package vn.dienbien.modelregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.EDITOR;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.modelregistry.model.ExemplarType;
import vn.dienbien.modelregistry.model.Field;
import vn.dienbien.modelregistry.model.Kind;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Profile;
import vn.dienbien.modelregistry.unit.Unit;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.security.UnitFrom;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.security.SecurityMatrixTests;
import vn.dienbien.testsupport.security.TestTokens;

/**
 * Every endpoint × role with security on (test-support's matrix), plus the checks the matrix cannot
 * see: a unit officer's registration of another unit's model is refused without naming that unit,
 * and a body cannot smuggle a second unitId past the policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIntegrationTests extends SecurityMatrixTests {

  private static final String OWN_MODEL = "MH-MATRIXOWN01";
  private static final String OWN_EXEMPLAR = "DH-MATRIXOWN01";

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired MongoTemplate mongo;
  @Autowired ModelRegistry registry;
  @Autowired Clock clock;

  /**
   * Both units arrive the real way (unit-changed events); the own unit's model and exemplar through
   * the domain.
   */
  @BeforeEach
  void ownUnitHasAModelAndAnExemplar() {
    unit(ownUnit(), "Xã Mường Nhé");
    unit(otherUnit(), "Phường Điện Biên Phủ");
    registry.create(OWN_MODEL, newModel(Kind.MODEL, null), "seed");
    registry.create(OWN_EXEMPLAR, newModel(Kind.EXEMPLAR, ExemplarType.COLLECTIVE), "seed");
  }

  @Override
  protected Map<String, Example> examples() {
    // Next year is the latest a unit may register for, so the own officer's first call succeeds.
    String nextYear = "{\"year\":" + (thisYear() + 1) + ",\"level\":\"COMMUNE\"}";
    return Map.of(
        "POST /api/v1/models/{id}/registrations",
        new Example("/api/v1/models/" + OWN_MODEL + "/registrations", nextYear),
        "POST /api/v1/exemplars/{id}/registrations",
        new Example("/api/v1/exemplars/" + OWN_EXEMPLAR + "/registrations", nextYear));
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
            "POST /api/v1/commendation-rounds/{roundId}/commendations");
  }

  private void unit(String code, String name) {
    if (mongo.findById(code, Unit.class) == null) {
      new KafkaEvents(brokers)
          .publish(
              new UnitChanged(
                  code,
                  name,
                  "COMMUNE",
                  UnitChanged.Level.COMMUNE,
                  null,
                  true,
                  UnitChanged.Change.CREATED,
                  null));
      Waits.background().until(() -> mongo.findById(code, Unit.class) != null);
    }
  }

  private ModelRegistry.NewModel newModel(Kind kind, ExemplarType type) {
    var profile =
        new Profile(
            "Tổ tự quản an ninh trật tự bản Mường Nhé",
            type,
            Field.POLITICAL_SYSTEM,
            null,
            "Nhân dân tự quản, giữ gìn an ninh trật tự",
            null,
            List.of(),
            List.of(),
            null);
    return new ModelRegistry.NewModel(kind, ownUnit(), profile, thisYear(), Level.COMMUNE, false);
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

  private record Answer(int status, String contentType, String body) {}

  private Answer send(String token, String path, String json) {
    return RestClient.create("http://localhost:" + port)
        .post()
        .uri(path)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON)
        .body(json)
        .exchange((request, response) ->
            new Answer(
                response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
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
