package vn.dienbien.contracts.modelregistry;

import java.util.List;
import vn.dienbien.contracts.DomainEvent;

/**
 * A model or exemplar was registered for a year and level. {@code targetArea} is the first of
 * {@code targetAreas} (kept for consumers written before a model could address several).
 *
 * <p>Wire contract: vn.dienbien.model-registry.model-registered.v1, schema
 * schemas/model-registry/model-registered.v1.json.
 */
public record ModelRegistered(
    String modelId,
    Kind kind,
    String name,
    String unitId,
    String unitName,
    String field,
    String targetArea,
    int year,
    Level level,
    String actorId,
    List<String> targetAreas)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.model-registry.model-registered.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return modelId;
  }

  public enum Kind {
    MODEL,
    EXEMPLAR
  }

  public enum Level {
    COMMUNE,
    PROVINCE
  }
}
