package vn.dienbien.contracts.modelregistry;

import java.time.LocalDate;
import vn.dienbien.contracts.DomainEvent;

/**
 * A model or exemplar was recognised (công nhận) at a level for a year.
 *
 * <p>Wire contract: vn.dienbien.model-registry.model-recognised.v1, schema
 * schemas/model-registry/model-recognised.v1.json.
 */
public record ModelRecognised(
    String recognitionId,
    String modelId,
    Kind kind,
    String name,
    String unitId,
    String unitName,
    Level level,
    int year,
    String field,
    String decisionNumber,
    LocalDate decisionDate,
    String signer,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.model-registry.model-recognised.v1";

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
