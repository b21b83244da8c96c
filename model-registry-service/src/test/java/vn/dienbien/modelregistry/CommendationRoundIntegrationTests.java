package vn.dienbien.modelregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.modelregistry.ModelFixtures.evaluation;
import static vn.dienbien.modelregistry.ModelFixtures.newModel;
import static vn.dienbien.modelregistry.ModelFixtures.reEvaluation;
import static vn.dienbien.modelregistry.ModelFixtures.recognition;

import io.cloudevents.CloudEvent;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.modelregistry.CommendationAwarded;
import vn.dienbien.contracts.modelregistry.ModelEvaluated;
import vn.dienbien.contracts.modelregistry.ModelReEvaluated;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.ModelRegistered;
import vn.dienbien.contracts.modelregistry.ReEvaluationDue;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;
import vn.dienbien.modelregistry.model.Model;

/**
 * The first commune round of 2025–2030 with the clock inside its nomination window
 * (01/10–15/12/2027): a sustained model is commended once; a lapsed one is refused. The round's
 * dates are fixed, so every step pins the clock to a date of that round, whatever the base date.
 */
class CommendationRoundIntegrationTests extends ModelRegistryIntegrationTests {

  private static final String ROUND = "COMMUNE-2025-2030-1";
  private static final LocalDateTime IN_WINDOW = LocalDateTime.of(2027, 11, 5, 9, 0);

  @Test
  void aSustainedModelIsACandidateAndIsCommendedOnce() {
    String id = recognisedIn2026ThenReEvaluated("SUSTAINED");
    clock.travelTo(IN_WINDOW);
    assertThat(candidate(id).get("recognitionStatus").asString()).isEqualTo("SUSTAINED");
    assertThat(candidate(id).get("commended").asBoolean()).isFalse();

    Response commended =
        post("/api/v1/commendation-rounds/" + ROUND + "/commendations", decision(id));
    assertThat(commended.status()).as("%s", commended.body()).isEqualTo(201);
    assertThat(commended.body().get("roundId").asString()).isEqualTo(ROUND);
    assertThat(candidate(id).get("commended").asBoolean()).isTrue();
    assertThat(
            get("/api/v1/models/" + id).body().get("commendations").findValuesAsString("roundId"))
        .containsExactly(ROUND);
    Response again = post("/api/v1/commendation-rounds/" + ROUND + "/commendations", decision(id));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().get("code").asString()).isEqualTo("already-commended");

    var awarded = eventsOf(id, e -> CommendationAwarded.TYPE.equals(e.getType()), 1);
    assertThat(awarded).hasSize(1);
    CommendationAwarded award = CloudEventCodec.data(awarded.get(0), CommendationAwarded.class);
    assertThat(award.roundId()).isEqualTo(ROUND);
    assertThat(award.level()).isEqualTo(CommendationAwarded.Level.COMMUNE);
    assertThat(award.decisionDate()).isEqualTo(IN_WINDOW.toLocalDate());
  }

  @Test
  void aLapsedModelIsNoCandidateAndCommendingItIsAConflict() {
    String id = recognisedIn2026ThenReEvaluated("LAPSED");
    clock.travelTo(IN_WINDOW);
    assertThat(
            get("/api/v1/commendation-rounds/" + ROUND + "/candidates?size=500")
                .body()
                .findValuesAsString("modelId"))
        .doesNotContain(id);
    long version = mongo.findById(id, Model.class).version();

    Response refused =
        post("/api/v1/commendation-rounds/" + ROUND + "/commendations", decision(id));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().get("code").asString()).isEqualTo("lapsed");
    assertThat(mongo.findById(id, Model.class).version()).isEqualTo(version);
    assertThat(mongo.findById(id, Model.class).commendations()).isEmpty();
    // Its five lifecycle events are on the topic, and no commendation among them.
    assertThat(eventsOf(id, e -> !ReEvaluationDue.TYPE.equals(e.getType()), 5))
        .extracting(CloudEvent::getType)
        .containsExactly(
            ModelRegistered.TYPE,
            ModelEvaluated.TYPE,
            ModelRecognised.TYPE,
            ModelReEvaluated.TYPE,
            RecognitionRevoked.TYPE);
  }

  /** A commune model recognised for 2026, re-evaluated for 2027 in October 2027. */
  private String recognisedIn2026ThenReEvaluated(String outcome) {
    clock.travelTo(LocalDateTime.of(2026, 5, 4, 9, 0));
    String id = post("/api/v1/models", newModel("XA-MUONG-NHE", 2026)).body().get("id").asString();
    assertThat(post("/api/v1/evaluations", evaluation(id, 2026, "COMMUNE", 27)).status())
        .isEqualTo(201);
    clock.travelTo(LocalDateTime.of(2026, 9, 15, 9, 0));
    assertThat(
            post("/api/v1/recognitions", recognition(id, "COMMUNE", 2026, "2026-09-15")).status())
        .isEqualTo(201);
    clock.travelTo(LocalDateTime.of(2027, 10, 15, 9, 0));
    Response review =
        post(
            "/api/v1/recognitions/" + id + "~COMMUNE~2026/re-evaluations",
            reEvaluation(2027, outcome));
    assertThat(review.status()).as("%s", review.body()).isEqualTo(201);
    return id;
  }

  private JsonNode candidate(String modelId) {
    for (JsonNode c :
        get("/api/v1/commendation-rounds/" + ROUND + "/candidates?size=500").body().get("items")) {
      if (c.get("modelId").asString().equals(modelId)) {
        return c;
      }
    }
    throw new AssertionError(modelId + " is not a candidate of " + ROUND);
  }

  private static Map<String, Object> decision(String modelId) {
    return Map.of(
        "modelId",
        modelId,
        "decisionNumber",
        "3012-QĐ/UBND",
        "decisionDate",
        IN_WINDOW.toLocalDate().toString(),
        "signer",
        "Chủ tịch UBND xã Mường Nhé");
  }
}
