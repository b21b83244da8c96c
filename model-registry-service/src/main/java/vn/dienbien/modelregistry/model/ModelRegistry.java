package vn.dienbien.modelregistry.model;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.modelregistry.unit.Unit;
import vn.dienbien.modelregistry.unit.UnitDirectory;

/** Registers models and exemplars, and their yearly registrations at a level. */
@Service
public class ModelRegistry {

  private final Models models;
  private final UnitDirectory units;
  private final Clock clock;
  private final MeterRegistry meters;

  ModelRegistry(Models models, UnitDirectory units, Clock clock, MeterRegistry meters) {
    this.models = models;
    this.units = units;
    this.clock = clock;
    this.meters = meters;
  }

  /** What a unit fills in to register a new model or exemplar for a year and level. */
  public record NewModel(
      Kind kind, String unitId, Profile profile, int year, Level level, boolean sample) {}

  public Model create(NewModel request, String actorId) {
    return create(newId(request.kind()), request, actorId);
  }

  /**
   * Creates with a chosen id; returns the existing model unchanged when the id is taken (seeding).
   */
  public Model create(String id, NewModel request, String actorId) {
    Unit unit = units.requireActive(request.unitId(), "unitId");
    ModelLifecycle.Change change = change(actorId);
    Model model =
        ModelLifecycle.create(
            id, request.kind(), request.profile(), unit, request.sample(), change);
    List<DomainEvent> events =
        ModelLifecycle.register(model, request.year(), request.level(), change);
    if (models.create(model, events)) {
      count(model, request.level());
      return model;
    }
    return models.require(id);
  }

  public Model register(String modelId, int year, Level level, String actorId) {
    Model model = models.require(modelId);
    models.update(model, ModelLifecycle.register(model, year, level, change(actorId)));
    count(model, level);
    return model;
  }

  public ModelLifecycle.Change change(String actorId) {
    return new ModelLifecycle.Change(
        clock.instant(), clock.instant().atZone(clock.getZone()).getYear(), actorId);
  }

  private void count(Model model, Level level) {
    meters
        .counter("models.registered", "kind", model.kind().name(), "level", level.name())
        .increment();
  }

  private static String newId(Kind kind) {
    String prefix = kind == Kind.MODEL ? "MH-" : "DH-";
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }
}
