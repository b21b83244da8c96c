package vn.dienbien.modelregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.modelregistry.ModelFixtures.evaluation;
import static vn.dienbien.modelregistry.ModelFixtures.newModel;
import static vn.dienbien.modelregistry.ModelFixtures.reEvaluation;
import static vn.dienbien.modelregistry.ModelFixtures.recognition;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import vn.dienbien.modelregistry.model.Model;

/**
 * Each refusal of a bad request, made in the current year of the test clock and with decisions
 * dated today, so that only the fault under test is wrong whatever the base date.
 */
class BadInputIntegrationTests extends ModelRegistryIntegrationTests {

  @Test
  void unknownUnitIsRefusedNamingTheFieldAndNothingIsStored() {
    long before = mongo.count(new Query(), Model.class);
    assertProblem(post("/api/v1/models", newModel("XA-KHONG-CO", year())), 400, "unitId");
    assertThat(mongo.count(new Query(), Model.class)).isEqualTo(before);
  }

  @Test
  void scoreOutsideTheCriterionRangeIsRefusedAndTheModelStaysUnchanged() {
    String id = registeredModel();
    assertProblem(
        post("/api/v1/evaluations", evaluation(id, year(), "COMMUNE", 31)), 400, "scores[0].score");
    assertUnchanged(id);
  }

  @Test
  void missingDecisionNumberIsRefusedNamingTheField() {
    String id = registeredModel();
    post("/api/v1/evaluations", evaluation(id, year(), "COMMUNE", 25));
    var body = new HashMap<>(recognition(id, "COMMUNE", year(), today()));
    body.remove("decisionNumber");
    long version = version(id);
    assertProblem(post("/api/v1/recognitions", body), 400, "decisionNumber");
    assertThat(version(id)).isEqualTo(version);
  }

  @Test
  void recognisingAnUnregisteredLevelIsAConflict() {
    String id = registeredModel();
    assertProblem(
        post("/api/v1/recognitions", recognition(id, "PROVINCE", year(), today())), 409, null);
    assertUnchanged(id);
  }

  @Test
  void reEvaluatingAModelNeverRecognisedIsAConflict() {
    String id = registeredModel();
    assertProblem(
        post(
            "/api/v1/recognitions/" + id + "~COMMUNE~" + year() + "/re-evaluations",
            reEvaluation(year() + 1, "SUSTAINED")),
        409,
        null);
    assertUnchanged(id);
  }

  @Test
  void commendingALapsedModelIsAConflict() {
    // The first commune round (recognitions of 2025–2027) decides in its window of late 2027: the
    // clock is pinned there, so the 2025 recognition and its 2026 lapse are in the past.
    clock.travelTo(LocalDateTime.of(2027, 11, 15, 9, 0));
    String id = post("/api/v1/models", newModel("XA-MUONG-NHE", 2025)).body().get("id").asString();
    post("/api/v1/evaluations", evaluation(id, 2025, "COMMUNE", 25));
    String recognitionId =
        post("/api/v1/recognitions", recognition(id, "COMMUNE", 2025, "2025-12-01"))
            .body()
            .get("recognitionId")
            .asString();
    post("/api/v1/recognitions/" + recognitionId + "/re-evaluations", reEvaluation(2026, "LAPSED"));
    long version = version(id);
    var decision =
        Map.of(
            "modelId",
            id,
            "decisionNumber",
            "1-QĐ",
            "decisionDate",
            "2027-11-15",
            "signer",
            "Chủ tịch");
    assertProblem(
        post("/api/v1/commendation-rounds/COMMUNE-2025-2030-1/commendations", decision), 409, null);
    assertThat(version(id)).isEqualTo(version);
  }

  @Test
  void bulkRecognitionWithOneBadLineWritesNothing() {
    String ready = registeredModel();
    post("/api/v1/evaluations", evaluation(ready, year(), "COMMUNE", 25));
    String notEvaluated = registeredModel();
    var body =
        Map.of(
            "modelIds",
            java.util.List.of(ready, notEvaluated),
            "level",
            "COMMUNE",
            "year",
            year(),
            "decisionNumber",
            "7-QĐ/UBND",
            "decisionDate",
            today(),
            "signer",
            "Chủ tịch UBND xã");
    assertProblem(post("/api/v1/recognitions/bulk", body), 409, "modelIds[1]");
    assertThat(mongo.findById(ready, Model.class).recognitions()).isEmpty();
  }

  private String registeredModel() {
    return post("/api/v1/models", newModel("XA-MUONG-NHE", year())).body().get("id").asString();
  }

  private int year() {
    return clock.today().getYear();
  }

  private String today() {
    return clock.today().toString();
  }

  private long version(String id) {
    return mongo.findById(id, Model.class).version();
  }

  private void assertUnchanged(String id) {
    assertThat(version(id)).isZero();
  }

  private static void assertProblem(Response response, int status, String field) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    if (field != null) {
      assertThat(response.body().findValuesAsString("field"))
          .as("%s", response.body())
          .contains(field);
    }
  }
}
