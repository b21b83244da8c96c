package vn.dienbien.modelregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.modelregistry.ModelFixtures.evaluation;
import static vn.dienbien.modelregistry.ModelFixtures.newModel;
import static vn.dienbien.modelregistry.ModelFixtures.reEvaluation;
import static vn.dienbien.modelregistry.ModelFixtures.recognition;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.modelregistry.ModelReEvaluated;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.ModelRegistered;
import vn.dienbien.contracts.modelregistry.ReEvaluationDue;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;

/**
 * A model's life from the base date on: recognised in the commune "today" (the base date of the
 * test clock), then the following year's steps with the clock moved into that year.
 */
class LifecycleIntegrationTests extends ModelRegistryIntegrationTests {

  @Test
  void aModelGoesFromRegistrationToProvincialRecognitionAndIsSustained() {
    LocalDate today = clock.today();
    int year = today.getYear();
    String id = recognisedInCommune(year, today.toString());
    assertThat(status(id)).isEqualTo("RECOGNISED");
    assertThat(
            post("/api/v1/recognitions", recognition(id, "COMMUNE", year, today.toString()))
                .status())
        .isEqualTo(409);

    LocalDate provincialDecision = LocalDate.of(year + 1, 11, 20);
    clock.travelTo(provincialDecision.atTime(9, 0));
    assertThat(
            post(
                    "/api/v1/models/" + id + "/registrations",
                    Map.of("year", year + 1, "level", "PROVINCE"))
                .status())
        .isEqualTo(200);
    assertThat(post("/api/v1/evaluations", evaluation(id, year + 1, "PROVINCE", 29)).status())
        .isEqualTo(201);
    assertThat(
            post(
                    "/api/v1/recognitions",
                    recognition(id, "PROVINCE", year + 1, provincialDecision.toString()))
                .status())
        .isEqualTo(201);

    Response sustained =
        post(
            "/api/v1/recognitions/" + id + "~COMMUNE~" + year + "/re-evaluations",
            reEvaluation(year + 1, "SUSTAINED"));
    assertThat(sustained.body().get("recognition").get("status").asString()).isEqualTo("SUSTAINED");

    assertThat(eventsFor(ModelRegistered.TYPE, id, 2)).hasSize(2);
    List<CloudEvent> recognised = eventsFor(ModelRecognised.TYPE, id, 2);
    assertThat(recognised).hasSize(2);
    assertThat(recognised).filteredOn(e -> data(e).contains("\"level\":\"COMMUNE\"")).hasSize(1);
  }

  @Test
  void aLapsedReEvaluationRevokesTheRecognitionOnce() {
    LocalDate today = clock.today();
    int year = today.getYear();
    String id = recognisedInCommune(year, today.toString());
    clock.travelTo(LocalDateTime.of(year + 1, 11, 20, 9, 0));
    Response lapsed =
        post(
            "/api/v1/recognitions/" + id + "~COMMUNE~" + year + "/re-evaluations",
            reEvaluation(year + 1, "LAPSED"));
    assertThat(lapsed.body().get("recognition").get("status").asString()).isEqualTo("REVOKED");
    assertThat(status(id)).isEqualTo("LAPSED");
    assertThat(eventsFor(RecognitionRevoked.TYPE, id, 1)).hasSize(1);
    assertThat(eventsFor(ModelReEvaluated.TYPE, id, 1))
        .singleElement()
        .satisfies(
            e -> assertThat(data(e)).contains("\"outcome\":\"LAPSED\"", "\"year\":" + (year + 1)));
  }

  @Test
  void theReEvaluationReminderGoesOutOncePerDueDate() {
    LocalDate today = clock.today();
    int year = today.getYear();
    String id = recognisedInCommune(year, today.toString());
    // Recognised for this year: next year's re-evaluation is due on 30/11; 25 days before, the
    // job finds it within its 30-day lead and reminds once, however often it runs.
    LocalDate due = LocalDate.of(year + 1, 11, 30);
    clock.travelTo(due.minusDays(25).atTime(9, 0));
    assertThat(sendDueReminders()).isPositive();
    assertThat(sendDueReminders()).as("a second run finds nothing left to send").isZero();
    assertThat(eventsFor(ReEvaluationDue.TYPE, id, 1))
        .singleElement()
        .satisfies(e -> assertThat(data(e)).contains(id + "~COMMUNE~" + year, due.toString()));
  }

  @Test
  void commendationRoundsOfThePeriodAndTheirCandidates() {
    // About the period's fixed rounds: a model recognised in 2025 belongs to the first commune
    // round (2025–2027) only, so the clock is pinned to the day of that recognition, 10/12/2025.
    clock.travelTo(LocalDateTime.of(2025, 12, 10, 9, 0));
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
    // One format parameter across services: any case is accepted, anything else is a 400.
    var upper =
        http.get()
            .uri("/api/v1/exports/models?format=CSV&year=2026")
            .retrieve()
            .toEntity(byte[].class);
    assertThat(upper.getHeaders().getContentType().toString()).startsWith("text/csv");
    var xlsx =
        http.get()
            .uri("/api/v1/statistics/yearly/export?format=XLSX")
            .retrieve()
            .toEntity(byte[].class);
    assertThat(xlsx.getHeaders().getContentType().getSubtype()).contains("spreadsheetml");
    String refused =
        http.get()
            .uri("/api/v1/exports/models?format=pdf")
            .exchange((request, response) ->
                response.getStatusCode().value()
                    + " "
                    + response.getHeaders().getContentType()
                    + " "
                    + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
    assertThat(refused)
        .startsWith("400 application/problem+json")
        .contains("\"field\":\"format\"", "[\"xlsx\",\"csv\"]");
  }

  private String status(String id) {
    return get("/api/v1/models/" + id).body().get("status").asString();
  }

  /**
   * Waits until at least {@code count} events of the model are on the topic, then returns all of
   * them.
   */
  private List<CloudEvent> eventsFor(String type, String modelId, int count) {
    return eventsOf(modelId, e -> type.equals(e.getType()), count);
  }

  private static String data(CloudEvent event) {
    return new String(event.getData().toBytes(), StandardCharsets.UTF_8);
  }
}
