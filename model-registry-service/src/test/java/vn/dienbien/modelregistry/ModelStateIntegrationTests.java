package vn.dienbien.modelregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.modelregistry.ModelFixtures.evaluation;
import static vn.dienbien.modelregistry.ModelFixtures.newModel;
import static vn.dienbien.modelregistry.ModelFixtures.reEvaluation;
import static vn.dienbien.modelregistry.ModelFixtures.recognition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dienbien.analyst.LatestByKey;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.modelregistry.ModelCurrentState;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelEvents;
import vn.dienbien.testsupport.Waits;

/**
 * The compacted topic {@code model-state}: after a model is registered, evaluated, recognised and
 * lapses at its re-evaluation, its latest record is the model as stored.
 */
class ModelStateIntegrationTests extends ModelRegistryIntegrationTests {

  private static final ObjectMapper WIRE = new ObjectMapper();

  @Test
  void latestRecordPerKeyIsTheStoredModel() {
    LocalDate today = clock.today();
    int year = today.getYear();
    String id = post("/api/v1/models", newModel("XA-MUONG-NHE", year)).body().get("id").asString();
    assertThat(post("/api/v1/evaluations", evaluation(id, year, "COMMUNE", 28)).status())
        .isEqualTo(201);
    assertThat(
            post("/api/v1/recognitions", recognition(id, "COMMUNE", year, today.toString()))
                .status())
        .isEqualTo(201);
    clock.travelTo(LocalDateTime.of(year + 1, 11, 20, 9, 0));
    assertThat(
            post(
                    "/api/v1/recognitions/" + id + "~COMMUNE~" + year + "/re-evaluations",
                    reEvaluation(year + 1, "LAPSED"))
                .status())
        .isEqualTo(201);

    Waits.background().until(() -> onTopic(latest().get(id), id));

    JsonNode record = latest().get(id);
    ModelCurrentState state = state(record);
    assertThat(state.status()).isEqualTo(ModelCurrentState.Status.LAPSED);
    assertThat(state.level()).isEqualTo(ModelCurrentState.Level.COMMUNE);
    assertThat(state.recognition().status()).isEqualTo("REVOKED");
    assertThat(state.recognition().year()).isEqualTo(year);
    assertThat(state.registrations())
        .containsExactly(
            new ModelCurrentState.Registration(
                year, ModelCurrentState.Level.COMMUNE, "RECOGNISED"));
    assertThat(state.unitId()).isEqualTo("XA-MUONG-NHE");
    assertThat(state.field()).isEqualTo("POLITICAL_SYSTEM");
    assertThat(record.path("subject").asText()).isEqualTo(id);
    assertThat(record.path("source").asText()).isEqualTo("/model-registry-service");
    assertThat(record.toString())
        .doesNotContain("thủ tục hành chính")
        .doesNotContain("Trả kết quả");
  }

  private Map<String, JsonNode> latest() {
    return LatestByKey.read(brokers, Topics.MODEL_STATE, Duration.ofSeconds(30));
  }

  /** The latest record of the model is the model as stored now (its version included). */
  private boolean onTopic(JsonNode record, String id) {
    return record != null
        && state(record).equals(ModelEvents.currentState(mongo.findById(id, Model.class)));
  }

  private static ModelCurrentState state(JsonNode envelope) {
    try {
      return CloudEventCodec.data(
          CloudEventCodec.decode(WIRE.writeValueAsBytes(envelope)), ModelCurrentState.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
