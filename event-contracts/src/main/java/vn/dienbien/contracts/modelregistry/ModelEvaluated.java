package vn.dienbien.contracts.modelregistry;

import vn.dienbien.contracts.DomainEvent;

/**
 * A registration was surveyed and evaluated (khảo sát, đánh giá) against the criteria; the total
 * and whether the evaluators recommend recognition are what a council reviews next.
 *
 * <p>Wire contract: vn.dienbien.model-registry.model-evaluated.v1, schema
 * schemas/model-registry/model-evaluated.v1.json.
 */
public record ModelEvaluated(
    String evaluationId,
    String modelId,
    Kind kind,
    String name,
    String unitId,
    String unitName,
    Level level,
    int year,
    String field,
    double totalScore,
    double maxScore,
    boolean recommended,
    String evaluator,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.model-registry.model-evaluated.v1";

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
