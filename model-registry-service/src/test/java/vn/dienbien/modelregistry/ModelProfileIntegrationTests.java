package vn.dienbien.modelregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.modelregistry.ModelFixtures.evaluation;
import static vn.dienbien.modelregistry.ModelFixtures.recognition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.modelregistry.ModelReEvaluated;
import vn.dienbien.contracts.modelregistry.ModelRegistered;

/**
 * What a model records since issue 12: several target areas and topics, re-evaluation findings and
 * measures, and rules labelled with their basis (the directive's words or the province's choice).
 */
class ModelProfileIntegrationTests extends ModelRegistryIntegrationTests {

  @Test
  void aModelCarriesTwoTargetAreasThroughTheApiTheFilterAndTheEvent() {
    Map<String, Object> body = new HashMap<>(ModelFixtures.newModel("XA-MUONG-NHE", year()));
    body.remove("targetArea");
    body.put("targetAreas", List.of("ETHNIC_MINORITY_AREAS", "BORDER_AREAS"));
    Response created = post("/api/v1/models", body);
    assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
    String id = created.body().get("id").asString();

    JsonNode model = get("/api/v1/models/" + id).body();
    assertThat(texts(model.get("targetAreas")))
        .containsExactly("ETHNIC_MINORITY_AREAS", "BORDER_AREAS");
    assertThat(texts(model.get("targetAreaLabels")))
        .containsExactly("vùng đồng bào dân tộc thiểu số", "vùng biên giới");
    assertThat(model.get("targetArea").asString()).isEqualTo("ETHNIC_MINORITY_AREAS");
    assertThat(ids(get("/api/v1/models?targetArea=BORDER_AREAS").body())).contains(id);
    assertThat(ids(get("/api/v1/models?targetArea=REMOTE_AREAS").body())).doesNotContain(id);

    var registered = eventsOf(id, e -> e.getType().equals(ModelRegistered.TYPE), 1);
    assertThat(new String(registered.getFirst().getData().toBytes()))
        .contains("\"targetAreas\":[\"vùng đồng bào dân tộc thiểu số\",\"vùng biên giới\"]");
  }

  @Test
  void aModelStoredWithOneTargetAreaIsReadAsAListOfOne() {
    Response created = post("/api/v1/models", ModelFixtures.newModel("XA-MUONG-NHE", year()));
    String id = created.body().get("id").asString();
    // The shape every model had before issue 12: profile.targetArea only.
    mongo
        .getCollection("models")
        .updateOne(
            new Document("_id", id),
            new Document("$unset", new Document("profile.targetAreas", "")));

    JsonNode model = get("/api/v1/models/" + id).body();
    assertThat(texts(model.get("targetAreas"))).containsExactly("ADMINISTRATIVE_PROCEDURES");
    assertThat(ids(get("/api/v1/models?targetArea=ADMINISTRATIVE_PROCEDURES").body())).contains(id);
  }

  @Test
  void aReEvaluationRecordsItsShortcomingsAndMeasures() {
    int year = year();
    Response created = post("/api/v1/models", ModelFixtures.newModel("XA-MUONG-NHE", year));
    String id = created.body().get("id").asString();
    post("/api/v1/evaluations", evaluation(id, year, "COMMUNE", 27));
    post("/api/v1/recognitions", recognition(id, "COMMUNE", year, clock.today().toString()));
    clock.travelTo(java.time.LocalDate.of(year + 1, 11, 20).atTime(9, 0));

    Response reviewed =
        post(
            "/api/v1/recognitions/" + id + "~COMMUNE~" + year + "/re-evaluations",
            Map.of(
                "year",
                year + 1,
                "outcome",
                "SUSTAINED",
                "evaluator",
                "Ban Thường vụ Đảng ủy xã",
                "shortcomings",
                List.of("Chưa cập nhật số liệu kết quả quý IV"),
                "measures",
                List.of("Bổ sung sổ theo dõi kết quả trước 31/12")));
    assertThat(reviewed.status()).as(String.valueOf(reviewed.body())).isEqualTo(201);
    JsonNode review = reviewed.body().get("recognition").get("reEvaluations").get(0);
    assertThat(texts(review.get("shortcomings")))
        .containsExactly("Chưa cập nhật số liệu kết quả quý IV");
    assertThat(texts(review.get("measures")))
        .containsExactly("Bổ sung sổ theo dõi kết quả trước 31/12");
    var event = eventsOf(id, e -> e.getType().equals(ModelReEvaluated.TYPE), 1).getFirst();
    assertThat(new String(event.getData().toBytes()))
        .contains("\"shortcomings\":[\"Chưa cập nhật số liệu kết quả quý IV\"]");
  }

  @Test
  void rulesTheDirectiveDoesNotFixAreLabelledAsTheProvincesChoice() {
    JsonNode cycle = get("/api/v1/commendation-rounds/cycle").body();
    assertThat(cycle.get("periodYears").asInt()).isEqualTo(5);
    assertThat(cycle.get("basis").get("provinceChoice").asBoolean()).isFalse();
    assertThat(cycle.get("levels").get(0).get("timesPerPeriod").asInt()).isEqualTo(2);
    assertThat(cycle.get("levels").get(0).get("roundsScheduled").asInt()).isEqualTo(2);
    assertThat(cycle.get("levels").get(1).get("timesPerPeriod").asInt()).isEqualTo(1);
    assertThat(cycle.get("levels").get(1).get("roundsScheduled").asInt()).isEqualTo(1);
    for (JsonNode round : get("/api/v1/commendation-rounds").body().get("items")) {
      assertThat(round.get("basis").get("provinceChoice").asBoolean()).isTrue();
    }

    JsonNode criteria = get("/api/v1/evaluations/criteria").body();
    assertThat(criteria.get("recommendFromBasis").get("provinceChoice").asBoolean()).isTrue();
    Map<String, Boolean> choice = new HashMap<>();
    criteria
        .get("criteria")
        .forEach(c ->
            choice.put(c.get("id").asString(), c.get("basis").get("provinceChoice").asBoolean()));
    assertThat(choice)
        .containsEntry("DAN_VAN_KHEO_QUALITY", false)
        .containsEntry("NEW_DIFFICULT_PROBLEM", false)
        .containsEntry("CREATIVITY", true);
  }

  private int year() {
    return clock.today().getYear();
  }

  private static List<String> texts(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }

  private static List<String> ids(JsonNode page) {
    return page.get("items").valueStream().map(m -> m.get("id").asString()).toList();
  }
}
