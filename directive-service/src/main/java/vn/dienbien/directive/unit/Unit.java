package vn.dienbien.directive.unit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.contracts.directive.UnitChanged.Level;
import vn.dienbien.platform.validation.Diacritics;

/**
 * A unit of the directory: a provincial body or a commune-level unit. Its code is the stable id
 * every service keys its data and Kafka records on, so it never changes once created.
 */
@Document("units")
public record Unit(
    @Id String code,
    String name,
    String kind,
    Level level,
    String parentCode,
    boolean active,
    String source,
    String nameFolded) {

  public static Unit of(
      String code, String name, String kind, Level level, String parentCode, String source) {
    return new Unit(
        code,
        name,
        kind,
        level,
        blankToNull(parentCode),
        true,
        blankToNull(source),
        Diacritics.fold(name));
  }

  /**
   * Same directory facts (ignoring the activity flag), so re-importing an unchanged row is a no-op.
   */
  boolean sameFactsAs(Unit other) {
    return name.equals(other.name)
        && kind.equals(other.kind)
        && level == other.level
        && java.util.Objects.equals(parentCode, other.parentCode)
        && java.util.Objects.equals(source, other.source);
  }

  Unit reactivated() {
    return new Unit(code, name, kind, level, parentCode, true, source, nameFolded);
  }

  UnitChanged changed(UnitChanged.Change change, String actorId) {
    return new UnitChanged(
        code,
        name,
        kind,
        level,
        parentCode,
        change != UnitChanged.Change.DEACTIVATED && active,
        change,
        actorId);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
