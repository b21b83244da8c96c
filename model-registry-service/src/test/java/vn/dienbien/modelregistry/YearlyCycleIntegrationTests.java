package vn.dienbien.modelregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.modelregistry.ModelFixtures.evaluation;
import static vn.dienbien.modelregistry.ModelFixtures.newModel;
import static vn.dienbien.modelregistry.ModelFixtures.reEvaluation;

import io.cloudevents.CloudEvent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.modelregistry.ModelEvaluated;
import vn.dienbien.contracts.modelregistry.ModelReEvaluated;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.ModelRegistered;
import vn.dienbien.contracts.modelregistry.ReEvaluationDue;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;

/**
 * The "Done when" walk of one model over four years, with the business clock moved to each step's
 * date: every step is checked through the API and as the events it publishes, no more. The walk is
 * about fixed years of the 2025–2030 period, so it pins each date rather than follow the base date.
 */
class YearlyCycleIntegrationTests extends ModelRegistryIntegrationTests {

  private final List<String> published = new ArrayList<>();

  @Test
  void oneModelIsRecognisedAtBothLevelsSustainedThenLapsesTheNextYear() {
    clock.travelTo(LocalDateTime.of(2027, 3, 2, 9, 0));
    Response created = post("/api/v1/models", newModel("XA-MUONG-NHE", 2027));
    assertThat(created.status()).isEqualTo(201);
    String id = created.body().get("id").asString();
    assertThat(created.body().get("createdAt").asString())
        .as("the service reads the moved clock")
        .startsWith("2027-03-02");
    assertThat(modelStatus(id)).isEqualTo("REGISTERED");
    ModelRegistered communeRegistration =
        data(expectNext(id, ModelRegistered.TYPE), ModelRegistered.class);
    assertThat(communeRegistration.level()).isEqualTo(ModelRegistered.Level.COMMUNE);
    assertThat(communeRegistration.year()).isEqualTo(2027);

    clock.travelTo(LocalDateTime.of(2027, 9, 20, 9, 0));
    assertThat(post("/api/v1/evaluations", evaluation(id, 2027, "COMMUNE", 28)).status())
        .isEqualTo(201);
    assertThat(modelStatus(id)).isEqualTo("EVALUATED");
    assertEvaluated(expectNext(id, ModelEvaluated.TYPE), ModelEvaluated.Level.COMMUNE, 2027);

    clock.travelTo(LocalDateTime.of(2027, 10, 20, 9, 0));
    Response commune = post("/api/v1/recognitions", recognition(id, "COMMUNE", 2027, "2027-10-20"));
    assertThat(commune.status()).isEqualTo(201);
    assertThat(modelStatus(id)).isEqualTo("RECOGNISED");
    assertThat(
            post("/api/v1/recognitions", recognition(id, "COMMUNE", 2027, "2027-10-20")).status())
        .isEqualTo(409);
    assertRecognised(expectNext(id, ModelRecognised.TYPE), ModelRecognised.Level.COMMUNE, 2027);

    clock.travelTo(LocalDateTime.of(2028, 2, 15, 9, 0));
    assertThat(
            post(
                    "/api/v1/models/" + id + "/registrations",
                    Map.of("year", 2028, "level", "PROVINCE"))
                .status())
        .isEqualTo(200);
    assertThat(get("/api/v1/models/" + id).body().get("registrations").findValuesAsString("level"))
        .contains("PROVINCE");
    assertThat(data(expectNext(id, ModelRegistered.TYPE), ModelRegistered.class).level())
        .isEqualTo(ModelRegistered.Level.PROVINCE);

    clock.travelTo(LocalDateTime.of(2028, 6, 20, 9, 0));
    assertThat(post("/api/v1/evaluations", evaluation(id, 2028, "PROVINCE", 29)).status())
        .isEqualTo(201);
    assertEvaluated(expectNext(id, ModelEvaluated.TYPE), ModelEvaluated.Level.PROVINCE, 2028);
    assertThat(
            post("/api/v1/recognitions", recognition(id, "PROVINCE", 2028, "2028-06-20")).status())
        .isEqualTo(201);
    assertThat(
            post("/api/v1/recognitions", recognition(id, "PROVINCE", 2028, "2028-06-20")).status())
        .isEqualTo(409);
    assertRecognised(expectNext(id, ModelRecognised.TYPE), ModelRecognised.Level.PROVINCE, 2028);
    String provincial = id + "~PROVINCE~2028";
    assertThat(recognitionStatus(provincial)).isEqualTo("ACTIVE");

    // 2029: the yearly re-evaluation falls due (reminder 30 days ahead of 30/11), the model holds.
    clock.travelTo(LocalDateTime.of(2029, 11, 5, 9, 0));
    expectReminder(id, provincial, LocalDate.of(2029, 11, 30));
    Response sustained =
        post(
            "/api/v1/recognitions/" + provincial + "/re-evaluations",
            reEvaluation(2029, "SUSTAINED"));
    assertThat(sustained.status()).isEqualTo(201);
    assertThat(recognitionStatus(provincial)).isEqualTo("SUSTAINED");
    assertThat(modelStatus(id)).isEqualTo("SUSTAINED");
    assertReEvaluated(
        expectNext(id, ModelReEvaluated.TYPE),
        provincial,
        2029,
        ModelReEvaluated.Outcome.SUSTAINED);

    // 2030, the next year: due again, and this time the model no longer works.
    clock.travelTo(LocalDateTime.of(2030, 11, 10, 9, 0));
    expectReminder(id, provincial, LocalDate.of(2030, 11, 30));
    Response lapsed =
        post(
            "/api/v1/recognitions/" + provincial + "/re-evaluations", reEvaluation(2030, "LAPSED"));
    assertThat(lapsed.status()).isEqualTo(201);
    assertThat(recognitionStatus(provincial)).isEqualTo("REVOKED");
    assertThat(modelStatus(id)).isEqualTo("LAPSED");
    published.add(ModelReEvaluated.TYPE);
    RecognitionRevoked revoked =
        data(expectNext(id, RecognitionRevoked.TYPE), RecognitionRevoked.class);
    assertThat(revoked.recognitionId()).isEqualTo(provincial);
    assertThat(revoked.reason()).isEqualTo("Không duy trì sinh hoạt");
    assertThat(revoked.revokedAt().getYear()).isEqualTo(2030);
    List<CloudEvent> all = lifecycleEvents(id);
    assertReEvaluated(all.get(all.size() - 2), provincial, 2030, ModelReEvaluated.Outcome.LAPSED);
    assertThat(
            post(
                    "/api/v1/recognitions/" + provincial + "/re-evaluations",
                    reEvaluation(2030, "LAPSED"))
                .status())
        .isEqualTo(409);
    expectNothingNew(id);
  }

  /** Expects the step to have published exactly one more event, of {@code type}; returns it. */
  private CloudEvent expectNext(String modelId, String type) {
    published.add(type);
    List<CloudEvent> events = lifecycleEvents(modelId);
    return events.get(events.size() - 1);
  }

  private void expectNothingNew(String modelId) {
    lifecycleEvents(modelId);
  }

  /** All lifecycle events of the model on the topic (reminders aside), in publication order. */
  private List<CloudEvent> lifecycleEvents(String modelId) {
    List<CloudEvent> events =
        eventsOf(modelId, e -> !ReEvaluationDue.TYPE.equals(e.getType()), published.size());
    assertThat(events).extracting(CloudEvent::getType).containsExactlyElementsOf(published);
    return events;
  }

  /** Runs the reminder job as of the moved clock and expects this recognition's one reminder. */
  private void expectReminder(String modelId, String recognitionId, LocalDate due) {
    assertThat(sendDueReminders()).isPositive();
    List<CloudEvent> reminders =
        eventsOf(
            modelId,
            e ->
                ReEvaluationDue.TYPE.equals(e.getType())
                    && data(e, ReEvaluationDue.class).recognitionId().equals(recognitionId)
                    && data(e, ReEvaluationDue.class).dueDate().equals(due),
            1);
    assertThat(reminders).hasSize(1);
  }

  private static void assertEvaluated(CloudEvent event, ModelEvaluated.Level level, int year) {
    ModelEvaluated evaluated = data(event, ModelEvaluated.class);
    assertThat(evaluated.level()).isEqualTo(level);
    assertThat(evaluated.year()).isEqualTo(year);
    assertThat(evaluated.unitId()).isEqualTo("XA-MUONG-NHE");
    assertThat(evaluated.totalScore()).isPositive().isLessThanOrEqualTo(evaluated.maxScore());
  }

  private static void assertReEvaluated(
      CloudEvent event, String recognitionId, int year, ModelReEvaluated.Outcome outcome) {
    ModelReEvaluated reEvaluated = data(event, ModelReEvaluated.class);
    assertThat(reEvaluated.recognitionId()).isEqualTo(recognitionId);
    assertThat(reEvaluated.year()).isEqualTo(year);
    assertThat(reEvaluated.outcome()).isEqualTo(outcome);
    assertThat(reEvaluated.evaluator()).isNotBlank();
  }

  private static void assertRecognised(CloudEvent event, ModelRecognised.Level level, int year) {
    ModelRecognised recognised = data(event, ModelRecognised.class);
    assertThat(recognised.level()).isEqualTo(level);
    assertThat(recognised.year()).isEqualTo(year);
    assertThat(recognised.unitId()).isEqualTo("XA-MUONG-NHE");
    assertThat(recognised.field()).isEqualTo("xây dựng hệ thống chính trị");
    assertThat(recognised.decisionNumber()).isEqualTo("125-QĐ/UBND");
  }

  private String recognitionStatus(String recognitionId) {
    return get("/api/v1/recognitions/" + recognitionId)
        .body()
        .get("recognition")
        .get("status")
        .asString();
  }

  private static Map<String, Object> recognition(
      String modelId, String level, int year, String date) {
    return Map.of(
        "modelId",
        modelId,
        "level",
        level,
        "year",
        year,
        "decisionNumber",
        "125-QĐ/UBND",
        "decisionDate",
        date,
        "signer",
        level.equals("PROVINCE") ? "Chủ tịch UBND tỉnh" : "Chủ tịch UBND xã Mường Nhé");
  }

  private static <T> T data(CloudEvent event, Class<T> type) {
    return CloudEventCodec.data(event, type);
  }
}
