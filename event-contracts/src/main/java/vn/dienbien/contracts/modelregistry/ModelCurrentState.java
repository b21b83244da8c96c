package vn.dienbien.contracts.modelregistry;

import java.time.LocalDate;
import java.util.List;
import vn.dienbien.contracts.DomainEvent;

/**
 * The current state of one "Dân vận khéo" model or exemplar, published on the compacted topic
 * {@code model-state} with the model id as the record key after every change. An exemplar may be a
 * person, so the state carries no name: the unit, kind, field, status and the levels only.
 *
 * <p>Wire contract: vn.dienbien.model-registry.model-state.v1, schema
 * schemas/model-registry/model-state.v1.json.
 *
 * @param level the level of the latest recognition; without one, of the latest registration
 * @param recognition the latest recognition (highest year, then level), null before any
 * @param version the model's version; grows by one with every change
 */
public record ModelCurrentState(
    String modelId,
    String kind,
    String exemplarType,
    String field,
    String unitId,
    boolean sample,
    Status status,
    Level level,
    Recognition recognition,
    List<Registration> registrations,
    long version)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.model-registry.model-state.v1";

  public ModelCurrentState {
    registrations = registrations == null ? List.of() : List.copyOf(registrations);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return modelId;
  }

  public enum Status {
    REGISTERED,
    EVALUATED,
    NOT_RECOGNISED,
    RECOGNISED,
    SUSTAINED,
    LAPSED
  }

  public enum Level {
    COMMUNE,
    PROVINCE
  }

  /** A recognition: level, year, whether still active, sustained or revoked, next review. */
  public record Recognition(Level level, int year, String status, LocalDate nextReEvaluationDue) {}

  /** A yearly registration and its outcome (PENDING, EVALUATED, RECOGNISED, NOT_RECOGNISED). */
  public record Registration(int year, Level level, String outcome) {}
}
