package vn.dienbien.modelregistry.model;

/**
 * Level of a registration, recognition or commendation. COMMUNE is the unit's own level ("cấp
 * mình": xã, phường, cơ quan, đơn vị), called "cấp xã" as directive 11-CT/TU does; PROVINCE is the
 * provincial level (cấp tỉnh). Stored by name, so the wording can change without a migration.
 */
public enum Level {
  COMMUNE("cấp xã"),
  PROVINCE("cấp tỉnh");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  int rank() {
    return ordinal();
  }
}
