package vn.dienbien.contracts.directive;

import vn.dienbien.contracts.DomainEvent;

/**
 * A unit of the directory was created, changed or deactivated.
 *
 * <p>{@code officialCode}, {@code confirmed} and {@code source} were added later (additive, same
 * v1): events written before carry none of them, so consumers must accept {@code null}.
 *
 * <p>Wire contract: vn.dienbien.directive.unit-changed.v1, schema
 * schemas/directive/unit-changed.v1.json.
 */
public record UnitChanged(
    String unitId,
    String name,
    String kind,
    Level level,
    String parentId,
    boolean active,
    Change change,
    String actorId,
    String officialCode,
    Boolean confirmed,
    String source)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.directive.unit-changed.v1";

  /** An event without the directory's code and confirmation facts (as before they existed). */
  public UnitChanged(
      String unitId,
      String name,
      String kind,
      Level level,
      String parentId,
      boolean active,
      Change change,
      String actorId) {
    this(unitId, name, kind, level, parentId, active, change, actorId, null, null, null);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return unitId;
  }

  public enum Level {
    PROVINCE,
    COMMUNE
  }

  public enum Change {
    CREATED,
    UPDATED,
    DEACTIVATED
  }
}
