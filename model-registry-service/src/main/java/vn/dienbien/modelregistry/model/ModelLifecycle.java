package vn.dienbien.modelregistry.model;

import static vn.dienbien.platform.refusal.Refusal.conflict;
import static vn.dienbien.platform.refusal.Refusal.invalidField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.modelregistry.model.Registration.Outcome;
import vn.dienbien.modelregistry.unit.Unit;

/**
 * The transitions of one model through the yearly cycle of directive 11-CT/TU item 11.6: create and
 * register (the model's own rules, decided here), then record what the features decided by their
 * rules (evaluation, recognition or not, re-evaluation, commendation). Each method changes the
 * model in memory and returns the events the change causes; the caller stores both in one write.
 * Pure: no Spring, no store, so every transition is unit-tested.
 */
public final class ModelLifecycle {

  /** The first year of the 2025–2030 movement; nothing is registered before it. */
  public static final int FIRST_YEAR = 2025;

  private ModelLifecycle() {}

  /** A new model or exemplar together with its first registration. */
  public static Model create(
      String id, Kind kind, Profile profile, Unit unit, boolean sample, Change change) {
    String search = SearchText.of(profile.name(), unit.name(), profile.description());
    return new Model(
        id, kind, profile, unit.code(), unit.name(), sample, search, change.at(), change.actorId());
  }

  /** Registration for a year at a level; the provincial one needs a live own-level recognition. */
  public static List<DomainEvent> register(Model model, int year, Level level, Change change) {
    if (year < FIRST_YEAR || year > change.currentYear() + 1) {
      throw invalidField(
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

  /**
   * Records the evaluation of a registration, which the rule ({@code evaluation.Evaluating}) found
   * still pending.
   */
  public static List<DomainEvent> recordEvaluation(Model model, Evaluation evaluation) {
    Registration registration = model.requireRegistration(evaluation.year(), evaluation.level());
    model.add(evaluation);
    model.replace(registration.with(Outcome.EVALUATED, List.of()));
    return transitioned(model, ModelEvents.evaluated(model, evaluation));
  }

  /**
   * Records a recognition the rule ({@code recognition.Recognising}) granted: its registration is
   * closed as recognised and the recognition starts its yearly re-evaluations.
   */
  public static List<DomainEvent> recordRecognition(
      Model model, Recognition recognition, Change change) {
    Registration registration = model.requireRegistration(recognition.year(), recognition.level());
    model.replace(registration.with(Outcome.RECOGNISED, List.of()));
    model.add(recognition);
    return transitioned(model, ModelEvents.recognised(model, recognition, change.actorId()));
  }

  /** Records "not recognised" with the council's reasons; the registration is closed. */
  public static List<DomainEvent> recordRejection(
      Model model, Level level, int year, List<String> reasons) {
    Registration registration = model.requireRegistration(year, level);
    model.replace(registration.with(Outcome.NOT_RECOGNISED, List.copyOf(reasons)));
    return transitioned(model);
  }

  /**
   * Records a yearly re-evaluation the rule ({@code recognition.Recognising}) accepted: sustained
   * keeps the recognition until {@code nextDue}, lapsed revokes it.
   */
  public static List<DomainEvent> recordReEvaluation(
      Model model, Recognition recognition, ReEvaluation review, LocalDate nextDue, Change change) {
    DomainEvent reEvaluated = ModelEvents.reEvaluated(model, recognition, review, change.actorId());
    if (review.outcome() == ReEvaluation.Outcome.SUSTAINED) {
      model.replace(recognition.sustained(review, nextDue));
      return transitioned(model, reEvaluated);
    }
    Recognition revoked = recognition.revoke(review, change.at());
    model.replace(revoked);
    return transitioned(model, reEvaluated, ModelEvents.revoked(model, revoked, change));
  }

  /** Records a commendation the rule ({@code commendation.Commending}) found the model due. */
  public static List<DomainEvent> recordCommendation(
      Model model, Commendation commendation, Change change) {
    model.add(commendation);
    return transitioned(model, ModelEvents.commended(model, commendation, change.actorId()));
  }

  /** Marks the reminder sent, so a second sweep does not send it again. */
  public static List<DomainEvent> remindReEvaluation(Model model, Recognition recognition) {
    LocalDate due = recognition.nextReEvaluationDue();
    model.replace(recognition.reminded(due));
    return transitioned(model, ModelEvents.reEvaluationDue(model, recognition, due));
  }

  private static List<DomainEvent> transitioned(Model model, DomainEvent... events) {
    model.refreshStatus();
    return List.of(events);
  }

  /** Who changes a model and when: the instant, the current year and the acting user, if known. */
  public record Change(Instant at, int currentYear, String actorId) {}
}
