package vn.dienbien.directive.unit.web;

import vn.dienbien.directive.unit.Level;
import vn.dienbien.directive.unit.Unit;

record UnitView(
    String id,
    String name,
    String kind,
    Level level,
    String parentId,
    boolean active,
    String officialCode,
    boolean confirmed,
    String source) {

  static UnitView of(Unit unit) {
    return new UnitView(
        unit.code(),
        unit.name(),
        unit.kind(),
        unit.level(),
        unit.parentCode(),
        unit.active(),
        unit.officialCode(),
        unit.confirmed(),
        unit.source());
  }
}
