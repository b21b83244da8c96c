package vn.dienbien.modelregistry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienbien.modelregistry.model.ModelFixture.changeIn;
import static vn.dienbien.modelregistry.model.ModelFixture.decision;
import static vn.dienbien.modelregistry.model.ModelFixture.evaluated;
import static vn.dienbien.modelregistry.model.ModelFixture.recognisedCommune;
import static vn.dienbien.modelregistry.model.ModelFixture.registered;
import static vn.dienbien.modelregistry.model.ModelFixture.review;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.modelregistry.ModelEvaluated;
import vn.dienbien.contracts.modelregistry.ModelReEvaluated;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;
import vn.dienbien.modelregistry.commendation.Commending;
import vn.dienbien.modelregistry.evaluation.Evaluating;
import vn.dienbien.modelregistry.model.ReEvaluation.Outcome;
import vn.dienbien.modelregistry.recognition.Recognising;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.refusal.Refusal;

class ModelLifecycleTests {

  private static final LocalDate DUE = LocalDate.of(2028, 11, 30);

  @Test
  void walksRegisteredEvaluatedRecognisedProvinceSustainedLapsed() {
    Model model = registered(2026);
    assertThat(model.status()).isEqualTo(ModelStatus.REGISTERED);
    evaluated(2026, Level.COMMUNE, model);
    assertThat(model.status()).isEqualTo(ModelStatus.EVALUATED);
    var recognised =
        Recognising.recognise(model, Level.COMMUNE, 2026, decision(2026), DUE, changeIn(2026));
    assertThat(model.status()).isEqualTo(ModelStatus.RECOGNISED);
    assertThat(((IdentifiedEvent) recognised.getFirst()).identity())
        .isEqualTo("recognition:MH-1:COMMUNE:2026");
    assertThat(((IdentifiedEvent) recognised.getFirst()).payload())
        .isInstanceOf(ModelRecognised.class);

    ModelLifecycle.register(model, 2027, Level.PROVINCE, changeIn(2027));
    evaluated(2027, Level.PROVINCE, model);
    Recognising.recognise(model, Level.PROVINCE, 2027, decision(2027), DUE, changeIn(2027));
    String province = Recognition.idOf("MH-1", Level.PROVINCE, 2027);
    var sustained =
        Recognising.reEvaluate(
            model, province, review(2028, Outcome.SUSTAINED), DUE, changeIn(2028));
    assertThat(model.status()).isEqualTo(ModelStatus.SUSTAINED);
    assertThat(sustained)
        .extracting(e -> ((IdentifiedEvent) e).identity())
        .containsExactly("re-evaluation:" + province + ":2028");
    assertThat(((ModelReEvaluated) ((IdentifiedEvent) sustained.getFirst()).payload()).outcome())
        .isEqualTo(ModelReEvaluated.Outcome.SUSTAINED);

    var lapsed =
        Recognising.reEvaluate(model, province, review(2029, Outcome.LAPSED), null, changeIn(2029));
    assertThat(model.status()).isEqualTo(ModelStatus.LAPSED);
    assertThat(lapsed)
        .extracting(e -> ((IdentifiedEvent) e).payload().type())
        .containsExactly(ModelReEvaluated.TYPE, RecognitionRevoked.TYPE);
    assertThat(model.recognition(province).orElseThrow().revocationReason())
        .isEqualTo("Không duy trì");
  }

  @Test
  void anEvaluationPublishesItsScoresOnceUnderItsOwnIdentity() {
    Model model = registered(2026);
    var events =
        Evaluating.evaluate(
            model,
            new Evaluation(
                "E-1",
                2026,
                Level.COMMUNE,
                List.of(),
                72,
                100,
                false,
                "Đoàn khảo sát",
                null,
                changeIn(2026).at(),
                "monitor.btgdv"));
    assertThat(events)
        .extracting(e -> ((IdentifiedEvent) e).identity())
        .containsExactly("evaluation:E-1");
    ModelEvaluated evaluated = (ModelEvaluated) ((IdentifiedEvent) events.getFirst()).payload();
    assertThat(evaluated.totalScore()).isEqualTo(72);
    assertThat(evaluated.maxScore()).isEqualTo(100);
    assertThat(evaluated.recommended()).isFalse();
    assertThat(evaluated.level()).isEqualTo(ModelEvaluated.Level.COMMUNE);
    assertThat(evaluated.actorId()).isEqualTo("monitor.btgdv");
  }

  @Test
  void refusesToRecogniseAnUnregisteredModel() {
    Model model = recognisedCommune(2026);
    assertConflict(
        () ->
            Recognising.recognise(model, Level.PROVINCE, 2026, decision(2026), DUE, changeIn(2026)),
        "not-registered");
  }

  @Test
  void refusesToRecogniseBeforeTheEvaluation() {
    assertConflict(
        () ->
            Recognising.recognise(
                registered(2026), Level.COMMUNE, 2026, decision(2026), DUE, changeIn(2026)),
        "not-evaluated");
  }

  @Test
  void refusesToRecogniseTwiceAtTheSameLevelAndYear() {
    Model model = recognisedCommune(2026);
    assertConflict(
        () ->
            Recognising.recognise(model, Level.COMMUNE, 2026, decision(2026), DUE, changeIn(2026)),
        "already-recognised");
  }

  @Test
  void refusesProvincialRegistrationWithoutALiveOwnLevelRecognition() {
    assertConflict(
        () -> ModelLifecycle.register(registered(2026), 2026, Level.PROVINCE, changeIn(2026)),
        "not-recognised-at-own-level");
  }

  @Test
  void refusesADuplicateRegistrationAndAYearOutsideThePeriod() {
    assertConflict(
        () -> ModelLifecycle.register(registered(2026), 2026, Level.COMMUNE, changeIn(2026)),
        "already-registered");
    assertThatThrownBy(
            () -> ModelLifecycle.register(registered(2026), 2024, Level.COMMUNE, changeIn(2026)))
        .isInstanceOfSatisfying(
            Refusal.class, p -> assertThat(p.errors().getFirst().field()).isEqualTo("year"));
  }

  @Test
  void evaluatesARegistrationOnlyOnce() {
    Model model = evaluated(2026, Level.COMMUNE, registered(2026));
    assertConflict(() -> evaluated(2026, Level.COMMUNE, model), "already-evaluated");
  }

  @Test
  void notRecognisedClosesTheRegistrationWithReasons() {
    Model model = evaluated(2026, Level.COMMUNE, registered(2026));
    assertThat(Recognising.reject(model, Level.COMMUNE, 2026, List.of("Chưa có kết quả")))
        .isEmpty();
    assertThat(model.status()).isEqualTo(ModelStatus.NOT_RECOGNISED);
    assertConflict(
        () ->
            Recognising.recognise(model, Level.COMMUNE, 2026, decision(2026), DUE, changeIn(2026)),
        "already-decided");
  }

  @Test
  void refusesToReEvaluateAModelNeverRecognised() {
    assertConflict(
        () ->
            Recognising.reEvaluate(
                registered(2026),
                Recognition.idOf("MH-1", Level.COMMUNE, 2026),
                review(2027, Outcome.SUSTAINED),
                DUE,
                changeIn(2027)),
        "not-recognised");
  }

  @Test
  void refusesToReEvaluateTheSameYearTwiceOrARevokedRecognition() {
    Model model = recognisedCommune(2026);
    String id = Recognition.idOf("MH-1", Level.COMMUNE, 2026);
    assertConflict(
        () ->
            Recognising.reEvaluate(model, id, review(2026, Outcome.SUSTAINED), DUE, changeIn(2027)),
        "already-re-evaluated");
    Recognising.reEvaluate(model, id, review(2027, Outcome.LAPSED), null, changeIn(2027));
    assertConflict(
        () ->
            Recognising.reEvaluate(model, id, review(2028, Outcome.SUSTAINED), DUE, changeIn(2028)),
        "recognition-revoked");
  }

  @Test
  void refusesAReEvaluationForAYearNotYetReached() {
    Model model = recognisedCommune(2026);
    assertThatThrownBy(() ->
            Recognising.reEvaluate(
                model,
                Recognition.idOf("MH-1", Level.COMMUNE, 2026),
                review(2028, Outcome.SUSTAINED),
                DUE,
                changeIn(2027)))
        .isInstanceOfSatisfying(
            Refusal.class, p -> assertThat(p.errors().getFirst().field()).isEqualTo("year"));
  }

  @Test
  void aLapsedModelThatRegistersAgainShowsAsRegistered() {
    Model model = recognisedCommune(2026);
    Recognising.reEvaluate(
        model,
        Recognition.idOf("MH-1", Level.COMMUNE, 2026),
        review(2027, Outcome.LAPSED),
        null,
        changeIn(2027));
    ModelLifecycle.register(model, 2028, Level.COMMUNE, changeIn(2028));
    assertThat(model.status()).isEqualTo(ModelStatus.REGISTERED);
  }

  @Test
  void commendsCandidatesOnceAndRefusesLapsedOrUnrecognisedModels() {
    var round = new Commending.Round("COMMUNE-2025-2030-1", Level.COMMUNE, 2025, 2027);
    Model model = recognisedCommune(2026);
    assertThat(Commending.commend(model, round, decision(2027), changeIn(2027))).hasSize(1);
    assertConflict(
        () -> Commending.commend(model, round, decision(2027), changeIn(2027)),
        "already-commended");

    Model lapsed = recognisedCommune(2026);
    Recognising.reEvaluate(
        lapsed,
        Recognition.idOf("MH-1", Level.COMMUNE, 2026),
        review(2027, Outcome.LAPSED),
        null,
        changeIn(2027));
    assertConflict(
        () -> Commending.commend(lapsed, round, decision(2027), changeIn(2027)), "lapsed");
    assertConflict(
        () -> Commending.commend(registered(2026), round, decision(2027), changeIn(2027)),
        "not-a-candidate");
    var laterRound = new Commending.Round("COMMUNE-2025-2030-2", Level.COMMUNE, 2028, 2030);
    assertConflict(
        () ->
            Commending.commend(recognisedCommune(2026), laterRound, decision(2030), changeIn(2030)),
        "not-a-candidate");
  }

  private static void assertConflict(Runnable action, String code) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            Refusal.class,
            p -> {
              assertThat(p.kind()).isEqualTo(Refusal.Kind.CONFLICT);
              assertThat(p.code()).isEqualTo(code);
            });
  }
}
