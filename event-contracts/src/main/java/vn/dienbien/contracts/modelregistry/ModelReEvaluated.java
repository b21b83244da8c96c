package vn.dienbien.contracts.modelregistry;

import java.util.List;
import vn.dienbien.contracts.DomainEvent;

/**
 * A recognised model was re-evaluated for a year (đánh giá lại sau công nhận): it is sustained, or
 * it lapsed (then recognition-revoked follows from the same write). {@code shortcomings} are the
 * "hạn chế, tồn tại" found, {@code measures} what is to be done about them (both may be empty).
 *
 * <p>Wire contract: vn.dienbien.model-registry.model-re-evaluated.v1, schema
 * schemas/model-registry/model-re-evaluated.v1.json.
 */
public record ModelReEvaluated(
    String recognitionId,
    String modelId,
    String name,
    String unitId,
    String unitName,
    Level level,
    int year,
    Outcome outcome,
    String reason,
    String evaluator,
    String actorId,
    List<String> shortcomings,
    List<String> measures)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.model-registry.model-re-evaluated.v1";

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

  public enum Outcome {
    SUSTAINED,
    LAPSED
  }
}
