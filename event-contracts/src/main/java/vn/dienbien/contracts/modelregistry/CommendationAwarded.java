package vn.dienbien.contracts.modelregistry;

import java.time.LocalDate;
import vn.dienbien.contracts.DomainEvent;

/**
 * A model or exemplar was commended in a commendation round.
 *
 * <p>Wire contract: vn.dienbien.model-registry.commendation-awarded.v1, schema
 * schemas/model-registry/commendation-awarded.v1.json.
 */
public record CommendationAwarded(
    String commendationId,
    String roundId,
    Level level,
    String modelId,
    String name,
    String unitId,
    String unitName,
    String decisionNumber,
    LocalDate decisionDate,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.model-registry.commendation-awarded.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return modelId;
  }

  public enum Level {
    COMMUNE,
    PROVINCE
  }
}
