package vn.dienbien.contracts.modelregistry;

import java.time.LocalDate;
import vn.dienbien.contracts.DomainEvent;

/**
 * A recognised model falls due for its yearly re-evaluation.
 *
 * <p>Wire contract: vn.dienbien.model-registry.re-evaluation-due.v1, schema
 * schemas/model-registry/re-evaluation-due.v1.json.
 */
public record ReEvaluationDue(
    String modelId,
    String recognitionId,
    String name,
    String unitId,
    String unitName,
    Level level,
    int year,
    LocalDate dueDate)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.model-registry.re-evaluation-due.v1";

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
