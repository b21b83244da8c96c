package vn.dienbien.modelregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dienbien.modelregistry.ModelFixtures.evaluation;
import static vn.dienbien.modelregistry.ModelFixtures.newModel;
import static vn.dienbien.modelregistry.ModelFixtures.reEvaluation;
import static vn.dienbien.modelregistry.ModelFixtures.recognition;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.modelregistry.ModelReEvaluated;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.ModelRegistered;
import vn.dienbien.contracts.modelregistry.ReEvaluationDue;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;

class LifecycleIntegrationTests extends ModelRegistryIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void aModelGoesFromRegistrationToProvincialRecognitionAndIsSustained() {
    String id = recognisedInCommune(2025, "2025-12-10");
    assertThat(status(id)).isEqualTo("RECOGNISED");
    assertThat(
            post("/api/v1/recognitions", recognition(id, "COMMUNE", 2025, "2025-12-10")).status())
        .isEqualTo(409);

    assertThat(
            post(
                    "/api/v1/models/" + id + "/registrations",
                    Map.of("year", 2026, "level", "PROVINCE"))
                .status())
        .isEqualTo(200);
    assertThat(post("/api/v1/evaluations", evaluation(id, 2026, "PROVINCE", 29)).status())
        .isEqualTo(201);
    assertThat(
            post("/api/v1/recognitions", recognition(id, "PROVINCE", 2026, "2026-11-20")).status())
        .isEqualTo(201);

    Response sustained =
        post(
            "/api/v1/recognitions/" + id + "~COMMUNE~2025/re-evaluations",
            reEvaluation(2026, "SUSTAINED"));
    assertThat(sustained.body().get("recognition").get("status").asString()).isEqualTo("SUSTAINED");

    assertThat(eventsFor(ModelRegistered.TYPE, id, 2)).hasSize(2);
    List<CloudEvent> recognised = eventsFor(ModelRecognised.TYPE, id, 2);
    assertThat(recognised).hasSize(2);
    assertThat(recognised).filteredOn(e -> data(e).contains("\"level\":\"COMMUNE\"")).hasSize(1);
  }

  @Test
  void aLapsedReEvaluationRevokesTheRecognitionOnce() {
    String id = recognisedInCommune(2025, "2025-12-10");
    Response lapsed =
        post(
            "/api/v1/recognitions/" + id + "~COMMUNE~2025/re-evaluations",
            reEvaluation(2026, "LAPSED"));
    assertThat(lapsed.body().get("recognition").get("status").asString()).isEqualTo("REVOKED");
    assertThat(status(id)).isEqualTo("LAPSED");
    assertThat(eventsFor(RecognitionRevoked.TYPE, id, 1)).hasSize(1);
    assertThat(eventsFor(ModelReEvaluated.TYPE, id, 1))
        .singleElement()
        .satisfies(e -> assertThat(data(e)).contains("\"outcome\":\"LAPSED\"", "\"year\":2026"));
  }

  @Test
  void theReEvaluationReminderGoesOutOncePerDueDate() {
    // Recognised for 2025: re-evaluation of 2026 due 30/11/2026, within the 30-day lead of today.
    String id = recognisedInCommune(2025, "2025-12-10");
    assertThat(eventsFor(ReEvaluationDue.TYPE, id, 1))
        .singleElement()
        .satisfies(e -> assertThat(data(e)).contains(id + "~COMMUNE~2025", "2026-11-30"));
  }

  @Test
  void commendationRoundsOfThePeriodAndTheirCandidates() {
    Response rounds = get("/api/v1/commendation-rounds");
    assertThat(rounds.body().findValuesAsString("level"))
        .containsExactly("COMMUNE", "COMMUNE", "PROVINCE");
    String id = recognisedInCommune(2025, "2025-12-10");
    assertThat(
            get("/api/v1/commendation-rounds/COMMUNE-2025-2030-1/candidates?size=500")
                .body()
                .findValuesAsString("modelId"))
        .contains(id);
    assertThat(
            get("/api/v1/commendation-rounds/COMMUNE-2025-2030-2/candidates?size=500")
                .body()
                .findValuesAsString("modelId"))
        .doesNotContain(id);
    assertThat(
            get("/api/v1/commendation-rounds/PROVINCE-2025-2030/candidates?size=500")
                .body()
                .findValuesAsString("modelId"))
        .doesNotContain(id);
  }

  private String recognisedInCommune(int year, String decisionDate) {
    Response created = post("/api/v1/models", newModel("XA-MUONG-NHE", year));
    assertThat(created.status()).isEqualTo(201);
    String id = created.body().get("id").asString();
    assertThat(created.body().get("status").asString()).isEqualTo("REGISTERED");
    assertThat(post("/api/v1/evaluations", evaluation(id, year, "COMMUNE", 28)).status())
        .isEqualTo(201);
    assertThat(status(id)).isEqualTo("EVALUATED");
    assertThat(
            post("/api/v1/recognitions", recognition(id, "COMMUNE", year, decisionDate)).status())
        .isEqualTo(201);
    return id;
  }

  @Test
  void statisticsSearchAndExport() {
    String id = post("/api/v1/models", newModel("XA-MUONG-NHE", 2026)).body().get("id").asString();
    assertThat(
            get("/api/v1/models?q=giai quyet thu tuc&year=2026")
                .body()
                .get("items")
                .findValuesAsString("id"))
        .contains(id);
    var rows = get("/api/v1/statistics/yearly?fromYear=2026&toYear=2026").body();
    assertThat(rows.get("items").get(0).get("registeredNew").asInt()).isGreaterThanOrEqualTo(1);
    var csv =
        http.get().uri("/api/v1/exports/models?format=csv&year=2026").retrieve().body(byte[].class);
    assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Tên mô hình/điển hình", id);
  }

  private String status(String id) {
    return get("/api/v1/models/" + id).body().get("status").asString();
  }

  /**
   * Waits until at least {@code count} events of the model are on the topic, then returns all of
   * them.
   */
  private List<CloudEvent> eventsFor(String type, String modelId, int count) {
    return await().atMost(WAIT).until(() -> read(type, modelId), found -> found.size() >= count);
  }

  private List<CloudEvent> read(String type, String modelId) {
    return kafka
        .awaitEvents(Topics.MODEL_REGISTRY_EVENTS, type, Integer.MAX_VALUE, Duration.ofSeconds(2))
        .stream()
        .filter(e -> modelId.equals(e.getSubject()))
        .toList();
  }

  private static String data(CloudEvent event) {
    return new String(event.getData().toBytes(), StandardCharsets.UTF_8);
  }
}
