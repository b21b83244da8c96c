package vn.dienbien.modelregistry.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.modelregistry.CommendationAwarded;
import vn.dienbien.contracts.modelregistry.ModelCurrentState;
import vn.dienbien.contracts.modelregistry.ModelEvaluated;
import vn.dienbien.contracts.modelregistry.ModelReEvaluated;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.ModelRegistered;
import vn.dienbien.contracts.modelregistry.ReEvaluationDue;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;
import vn.dienbien.platform.outbox.IdentifiedEvent;

/**
 * The events a model's transitions publish. Each carries a natural identity, so a retried write
 * yields the same CloudEvents id and consumers see one event per fact.
 */
public final class ModelEvents {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  static final String STATE_TYPE = ModelCurrentState.TYPE;
  private static final Comparator<Recognition> LATEST_RECOGNITION =
      Comparator.comparingInt(Recognition::year).thenComparingInt(r -> r.level().rank());
  private static final Comparator<Registration> LATEST_REGISTRATION =
      Comparator.comparingInt(Registration::year).thenComparingInt(r -> r.level().rank());

  private ModelEvents() {}

  static DomainEvent registered(Model m, int year, Level level, String actorId) {
    Profile p = m.profile();
    var event =
        new ModelRegistered(
            m.id(),
            ModelRegistered.Kind.valueOf(m.kind().name()),
            p.name(),
            m.unitId(),
            m.unitName(),
            p.field().label(),
            p.targetArea() == null ? null : p.targetArea().label(),
            year,
            ModelRegistered.Level.valueOf(level.name()),
            actorId,
            p.targetAreaLabels());
    return IdentifiedEvent.of(event, "registration:" + m.id() + ":" + level + ":" + year);
  }

  static DomainEvent evaluated(Model m, Evaluation e) {
    var event =
        new ModelEvaluated(
            e.id(),
            m.id(),
            ModelEvaluated.Kind.valueOf(m.kind().name()),
            m.profile().name(),
            m.unitId(),
            m.unitName(),
            ModelEvaluated.Level.valueOf(e.level().name()),
            e.year(),
            m.profile().field().label(),
            e.total(),
            e.maxTotal(),
            e.recommended(),
            e.evaluator(),
            e.actorId());
    return IdentifiedEvent.of(event, "evaluation:" + e.id());
  }

  static DomainEvent recognised(Model m, Recognition r, String actorId) {
    var event =
        new ModelRecognised(
            r.id(),
            m.id(),
            ModelRecognised.Kind.valueOf(m.kind().name()),
            m.profile().name(),
            m.unitId(),
            m.unitName(),
            ModelRecognised.Level.valueOf(r.level().name()),
            r.year(),
            m.profile().field().label(),
            r.decision().number(),
            r.decision().date(),
            r.decision().signer(),
            actorId);
    return IdentifiedEvent.of(event, "recognition:" + m.id() + ":" + r.level() + ":" + r.year());
  }

  static DomainEvent revoked(Model m, Recognition r, ModelLifecycle.Change change) {
    var event =
        new RecognitionRevoked(
            r.id(),
            m.id(),
            m.profile().name(),
            m.unitId(),
            m.unitName(),
            RecognitionRevoked.Level.valueOf(r.level().name()),
            r.year(),
            r.revocationReason(),
            OffsetDateTime.ofInstant(change.at(), ZONE),
            change.actorId());
    return IdentifiedEvent.of(event, "revocation:" + r.id());
  }

  static DomainEvent reEvaluated(Model m, Recognition r, ReEvaluation review, String actorId) {
    var event =
        new ModelReEvaluated(
            r.id(),
            m.id(),
            m.profile().name(),
            m.unitId(),
            m.unitName(),
            ModelReEvaluated.Level.valueOf(r.level().name()),
            review.year(),
            ModelReEvaluated.Outcome.valueOf(review.outcome().name()),
            review.reason(),
            review.evaluator(),
            actorId,
            review.shortcomings(),
            review.measures());
    return IdentifiedEvent.of(event, "re-evaluation:" + r.id() + ":" + review.year());
  }

  static DomainEvent reEvaluationDue(Model m, Recognition r, LocalDate due) {
    var event =
        new ReEvaluationDue(
            m.id(),
            r.id(),
            m.profile().name(),
            m.unitId(),
            m.unitName(),
            ReEvaluationDue.Level.valueOf(r.level().name()),
            due.getYear(),
            due);
    return IdentifiedEvent.of(event, "re-evaluation-due:" + r.id() + ":" + due);
  }

  static DomainEvent commended(Model m, Commendation c, String actorId) {
    var event =
        new CommendationAwarded(
            c.id(),
            c.roundId(),
            CommendationAwarded.Level.valueOf(c.level().name()),
            m.id(),
            m.profile().name(),
            m.unitId(),
            m.unitName(),
            c.decision().number(),
            c.decision().date(),
            actorId);
    return IdentifiedEvent.of(event, "commendation:" + c.id());
  }

  /** The current-state record of {@code m} for the compacted {@code model-state} topic. */
  public static ModelCurrentState currentState(Model m) {
    Optional<Recognition> recognition = m.recognitions().stream().max(LATEST_RECOGNITION);
    Optional<Level> level =
        recognition
            .map(Recognition::level)
            .or(() -> m.registrations().stream().max(LATEST_REGISTRATION).map(Registration::level));
    Profile p = m.profile();
    return new ModelCurrentState(
        m.id(),
        m.kind().name(),
        p == null || p.exemplarType() == null ? null : p.exemplarType().name(),
        p == null || p.field() == null ? null : p.field().name(),
        m.unitId(),
        m.sample(),
        ModelCurrentState.Status.valueOf(m.status().name()),
        level.map(ModelEvents::level).orElse(null),
        recognition
            .map(r ->
                new ModelCurrentState.Recognition(
                    level(r.level()), r.year(), r.status().name(), r.nextReEvaluationDue()))
            .orElse(null),
        m.registrations().stream()
            .map(r ->
                new ModelCurrentState.Registration(r.year(), level(r.level()), r.outcome().name()))
            .toList(),
        m.version());
  }

  private static ModelCurrentState.Level level(Level level) {
    return ModelCurrentState.Level.valueOf(level.name());
  }
}
