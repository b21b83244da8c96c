package vn.dienbien.directive.unit;

import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dienbien.platform.validation.Diacritics;

/**
 * A unit of the directory: the province, a commune-level unit, or a body of either. Its code is the
 * stable id every service keys its data and Kafka records on, so it never changes once created.
 * {@code officialCode} is the State's administrative code (null until a published list is checked);
 * {@code confirmed} says whether {@code source} confirms the unit's name.
 */
@Document("units")
public record Unit(
    @Id String code,
    String name,
    String kind,
    Level level,
    String parentCode,
    boolean active,
    String officialCode,
    boolean confirmed,
    String source,
    String nameFolded) {

  /** An unconfirmed unit without an official code. */
  public static Unit of(
      String code, String name, String kind, Level level, String parentCode, String source) {
    return new Unit(
        code,
        name,
        kind,
        level,
        blankToNull(parentCode),
        true,
        null,
        false,
        blankToNull(source),
        Diacritics.fold(name));
  }

  /** The same unit with its official code (blank: none sourced) and its confirmation marker. */
  public Unit attested(String official, boolean isConfirmed) {
    return new Unit(
        code,
        name,
        kind,
        level,
        parentCode,
        active,
        blankToNull(official),
        isConfirmed,
        source,
        nameFolded);
  }

  /**
   * Same directory facts (ignoring the activity flag), so re-importing an unchanged row is a no-op.
   */
  boolean sameFactsAs(Unit other) {
    return name.equals(other.name)
        && kind.equals(other.kind)
        && level == other.level
        && Objects.equals(parentCode, other.parentCode)
        && Objects.equals(officialCode, other.officialCode)
        && confirmed == other.confirmed
        && Objects.equals(source, other.source);
  }

  Unit reactivated() {
    return new Unit(
        code, name, kind, level, parentCode, true, officialCode, confirmed, source, nameFolded);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
