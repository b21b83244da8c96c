package vn.dienbien.modelregistry.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.modelregistry.evaluation.Evaluations;
import vn.dienbien.modelregistry.evaluation.ScoreEntry;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.ExemplarType;
import vn.dienbien.modelregistry.model.Field;
import vn.dienbien.modelregistry.model.Kind;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.model.Profile;
import vn.dienbien.modelregistry.model.Registration;
import vn.dienbien.modelregistry.recognition.RecognitionDecisions;
import vn.dienbien.modelregistry.unit.Unit;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;

/**
 * Models in a given state for the secured tests, made through the domain outside any request (the
 * system itself decides, so no role is needed); each step is skipped when already done, so a shared
 * store across tests is fine. The year is the business clock's.
 */
record DecidedModels(
    ModelRegistry registry,
    Models models,
    Evaluations evaluations,
    RecognitionDecisions decisions,
    Clock clock) {

  static final List<String> CRITERIA =
      List.of(
          "PRACTICAL_RESULTS",
          "PEOPLE_CONSENSUS",
          "DAN_VAN_KHEO_QUALITY",
          "NEW_DIFFICULT_PROBLEM",
          "CREATIVITY",
          "SUSTAINABILITY",
          "REPLICABILITY");

  /** A commune of the directory, arriving the real way (a unit-changed event on the broker). */
  static void unit(MongoTemplate mongo, String brokers, String code, String name) {
    unit(mongo, brokers, code, name, null);
  }

  /** A unit under {@code parentId} in the directory (a commune's Front committee, say). */
  static void unit(MongoTemplate mongo, String brokers, String code, String name, String parentId) {
    if (mongo.findById(code, Unit.class) == null) {
      new KafkaEvents(brokers)
          .publish(
              new UnitChanged(
                  code,
                  name,
                  "COMMUNE",
                  UnitChanged.Level.COMMUNE,
                  parentId,
                  true,
                  UnitChanged.Change.CREATED,
                  null));
      Waits.background().until(() -> mongo.findById(code, Unit.class) != null);
    }
  }

  int year() {
    return LocalDate.now(clock).getYear();
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Registered at cấp xã this year, nothing decided. */
  Model registered(String id, Kind kind, String unitId) {
    var profile =
        new Profile(
            "Tổ tự quản an ninh trật tự bản " + id,
            kind == Kind.EXEMPLAR ? ExemplarType.COLLECTIVE : null,
            Field.POLITICAL_SYSTEM,
            null,
            List.of(),
            "Nhân dân tự quản, giữ gìn an ninh trật tự",
            null,
            List.of(),
            List.of(),
            null);
    return registry.create(
        id,
        new ModelRegistry.NewModel(kind, unitId, profile, year(), Level.COMMUNE, false),
        "seed");
  }

  /** Registered and evaluated at {@code level} this year. */
  void evaluated(String id, Level level) {
    if (outcome(id, level) == Registration.Outcome.PENDING) {
      var scores = CRITERIA.stream().map(c -> new ScoreEntry(c, 5.0)).toList();
      evaluations.evaluate(
          new Evaluations.Submission(id, year(), level, scores, "Đoàn khảo sát", null), "seed");
    }
  }

  /** Recognised at {@code level} this year (evaluated first), decided today. */
  void recognised(String id, Level level) {
    evaluated(id, level);
    if (outcome(id, level) == Registration.Outcome.EVALUATED) {
      decisions.recognise(
          id, level, year(), new Decision("1-QĐ/TEST", today(), "Người ký"), "seed");
    }
  }

  /** Recognised at cấp xã, then registered, evaluated and recognised at cấp tỉnh, this year. */
  void recognisedInProvince(String id) {
    recognised(id, Level.COMMUNE);
    if (models.require(id).registration(year(), Level.PROVINCE).isEmpty()) {
      registry.register(id, year(), Level.PROVINCE, "seed");
    }
    recognised(id, Level.PROVINCE);
  }

  private Registration.Outcome outcome(String id, Level level) {
    return models.require(id).registration(year(), level).map(Registration::outcome).orElseThrow();
  }
}
