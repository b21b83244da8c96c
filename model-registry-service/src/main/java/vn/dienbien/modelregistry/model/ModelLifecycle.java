package vn.dienbien.modelregistry.model;

import static vn.dienbien.modelregistry.model.Violations.conflict;
import static vn.dienbien.modelregistry.model.Violations.invalid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.modelregistry.model.Registration.Outcome;
import vn.dienbien.modelregistry.unit.Unit;

/**
 * The yearly cycle of directive 11-CT/TU item 11.6 as rules on one model: register, evaluate,
 * recognise or not, register for province, re-evaluate after recognition, commend. Each method
 * changes the model in memory and returns the events the change causes; the caller stores both in
 * one write. Pure: no Spring, no store, so every transition is unit-tested.
 */
public final class ModelLifecycle {

  /** The first year of the 2025–2030 movement; nothing is registered before it. */
  public static final int FIRST_YEAR = 2025;

  private ModelLifecycle() {}

  /** A new model or exemplar together with its first registration. */
  public static Model create(
      String id, Kind kind, Profile profile, Unit unit, boolean sample, Change change) {
    String search = SearchText.of(profile.name(), unit.name(), profile.description());
    Model model =
        new Model(
            id,
            0,
            kind,
            profile,
            unit.code(),
            unit.name(),
            sample,
            search,
            change.at(),
            change.actorId(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            ModelStatus.REGISTERED);
    return model;
  }

  /** Registration for a year at a level; the provincial one needs a live own-level recognition. */
  public static List<DomainEvent> register(Model model, int year, Level level, Change change) {
    if (year < FIRST_YEAR || year > change.currentYear() + 1) {
      throw invalid(
          "year", "năm đăng ký phải từ " + FIRST_YEAR + " đến " + (change.currentYear() + 1));
    }
    if (model.registration(year, level).isPresent()) {
      throw conflict("already-registered", "Mô hình đã đăng ký " + level.label() + " năm " + year);
    }
    if (level == Level.PROVINCE && !model.hasActiveRecognition(Level.COMMUNE)) {
      throw conflict(
          "not-recognised-at-own-level",
          "Chỉ mô hình đã được công nhận cấp xã và còn hiệu lực mới được đăng ký cấp tỉnh");
    }
    model.add(
        new Registration(year, level, Outcome.PENDING, List.of(), change.at(), change.actorId()));
    return transitioned(model, ModelEvents.registered(model, year, level, change.actorId()));
  }

  /** The survey and evaluation of a pending registration; scored once. */
  public static List<DomainEvent> evaluate(Model model, Evaluation evaluation) {
    Registration registration = model.requireRegistration(evaluation.year(), evaluation.level());
    if (registration.outcome() != Outcome.PENDING) {
      throw conflict(
          "already-evaluated",
          "Đăng ký "
              + evaluation.level().label()
              + " năm "
              + evaluation.year()
              + " đã được đánh giá hoặc đã có kết quả xét công nhận");
    }
    model.add(evaluation);
    model.replace(registration.with(Outcome.EVALUATED, List.of()));
    return transitioned(model, ModelEvents.evaluated(model, evaluation));
  }

  /** Recognition of an evaluated registration; exactly once per model, level and year. */
  public static List<DomainEvent> recognise(
      Model model, Level level, int year, Decision decision, LocalDate firstDue, Change change) {
    Registration registration = model.requireRegistration(year, level);
    String id = Recognition.idOf(model.id(), level, year);
    if (model.recognition(id).isPresent()) {
      throw conflict(
          "already-recognised", "Mô hình đã được công nhận " + level.label() + " năm " + year);
    }
    requireUndecidedAndEvaluated(registration);
    model.replace(registration.with(Outcome.RECOGNISED, List.of()));
    Recognition recognition =
        new Recognition(
            id,
            level,
            year,
            decision,
            Recognition.Status.ACTIVE,
            List.of(),
            firstDue,
            null,
            null,
            null,
            change.at());
    model.add(recognition);
    return transitioned(model, ModelEvents.recognised(model, recognition, change.actorId()));
  }

  /** "Not recognised" with the council's reasons; the registration is closed. */
  public static List<DomainEvent> reject(Model model, Level level, int year, List<String> reasons) {
    Registration registration = model.requireRegistration(year, level);
    requireUndecidedAndEvaluated(registration);
    model.replace(registration.with(Outcome.NOT_RECOGNISED, List.copyOf(reasons)));
    return transitioned(model);
  }

  /** A yearly re-evaluation: sustained keeps the recognition, lapsed revokes it. */
  public static List<DomainEvent> reEvaluate(
      Model model, String recognitionId, ReEvaluation review, LocalDate nextDue, Change change) {
    Recognition recognition =
        model
            .recognition(recognitionId)
            .orElseThrow(() ->
                conflict(
                    "not-recognised",
                    "Mô hình chưa được công nhận nên chưa thể đánh giá lại ("
                        + recognitionId
                        + ")"));
    if (recognition.revoked()) {
      throw conflict("recognition-revoked", "Công nhận đã bị thu hồi; không thể đánh giá lại");
    }
    if (review.year() > change.currentYear()) {
      throw invalid("year", "không được đánh giá lại cho năm chưa đến");
    }
    if (review.year() <= recognition.lastJudgedYear()) {
      throw conflict(
          "already-re-evaluated",
          "Đã có kết quả cho năm "
              + review.year()
              + " (công nhận năm "
              + recognition.year()
              + ", đánh giá lại gần nhất năm "
              + recognition.lastJudgedYear()
              + ")");
    }
    DomainEvent reEvaluated = ModelEvents.reEvaluated(model, recognition, review, change.actorId());
    if (review.outcome() == ReEvaluation.Outcome.SUSTAINED) {
      model.replace(recognition.sustained(review, nextDue));
      return transitioned(model, reEvaluated);
    }
    Recognition revoked = recognition.revoke(review, change.at());
    model.replace(revoked);
    return transitioned(model, reEvaluated, ModelEvents.revoked(model, revoked, change));
  }

  /** Marks the reminder sent, so a second sweep does not send it again. */
  public static List<DomainEvent> remindReEvaluation(Model model, Recognition recognition) {
    LocalDate due = recognition.nextReEvaluationDue();
    model.replace(recognition.reminded(due));
    return transitioned(model, ModelEvents.reEvaluationDue(model, recognition, due));
  }

  private static void requireUndecidedAndEvaluated(Registration registration) {
    if (registration.decided()) {
      throw conflict(
          "already-decided",
          "Đăng ký "
              + registration.level().label()
              + " năm "
              + registration.year()
              + " đã có kết quả xét công nhận");
    }
    if (registration.outcome() != Outcome.EVALUATED) {
      throw conflict(
          "not-evaluated",
          "Mô hình chưa được khảo sát, đánh giá "
              + registration.level().label()
              + " năm "
              + registration.year());
    }
  }

  static List<DomainEvent> transitioned(Model model, DomainEvent... events) {
    model.refreshStatus();
    return List.of(events);
  }

  /** Who changes a model and when: the instant, the current year and the acting user, if known. */
  public record Change(Instant at, int currentYear, String actorId) {}
}
