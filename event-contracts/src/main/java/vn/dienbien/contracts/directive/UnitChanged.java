package vn.dienbien.contracts.directive;

import vn.dienbien.contracts.DomainEvent;

/**
 * A unit of the directory was created, changed or deactivated.
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
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.directive.unit-changed.v1";

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
