package vn.dienbien.directive.unit;

import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.platform.outbox.IdentifiedEvent;

/**
 * A unit's unit-changed events, mapping the directory's own types to the contract. A creation's
 * identity is derived from the code, so two instances importing the same unit publish it once.
 */
final class UnitEvents {

  private UnitEvents() {}

  static IdentifiedEvent created(Unit unit, String actorId) {
    return IdentifiedEvent.of(
        changed(unit, UnitChanged.Change.CREATED, actorId), "unit:" + unit.code() + ":created");
  }

  static DomainEvent updated(Unit unit, String actorId) {
    return changed(unit, UnitChanged.Change.UPDATED, actorId);
  }

  static DomainEvent deactivated(Unit unit, String actorId) {
    return changed(unit, UnitChanged.Change.DEACTIVATED, actorId);
  }

  private static UnitChanged changed(Unit u, UnitChanged.Change change, String actorId) {
    return new UnitChanged(
        u.code(),
        u.name(),
        u.kind(),
        UnitChanged.Level.valueOf(u.level().name()),
        u.parentCode(),
        change != UnitChanged.Change.DEACTIVATED && u.active(),
        change,
        actorId,
        u.officialCode(),
        u.confirmed(),
        u.source());
  }
}
