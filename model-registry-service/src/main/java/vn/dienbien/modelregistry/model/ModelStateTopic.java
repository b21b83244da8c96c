package vn.dienbien.modelregistry.model;

import java.util.Comparator;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dienbien.contracts.modelregistry.ModelCurrentState;
import vn.dienbien.platform.outbox.StateTopic;

/**
 * Publishes every model's current state to the compacted topic {@code model-state} (key: model id)
 * with each change written through the outbox: unit, kind, field, status, levels and years. No
 * name, description or decision text: an exemplar may be a person.
 */
@Configuration(proxyBeanMethods = false)
public class ModelStateTopic {

  private static final Comparator<Recognition> LATEST_RECOGNITION =
      Comparator.comparingInt(Recognition::year).thenComparingInt(r -> r.level().rank());
  private static final Comparator<Registration> LATEST_REGISTRATION =
      Comparator.comparingInt(Registration::year).thenComparingInt(r -> r.level().rank());

  @Bean
  StateTopic<Model> modelState() {
    return StateTopic.of(Model.class, ModelCurrentState.TYPE, ModelStateTopic::of);
  }

  /** The state record of {@code m}. */
  public static ModelCurrentState of(Model m) {
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
        level.map(ModelStateTopic::level).orElse(null),
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
