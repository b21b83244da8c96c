package vn.dienbien.modelregistry.model;

/**
 * Level of a registration, recognition or commendation. COMMUNE is the unit's own level (xã,
 * phường, cơ quan, đơn vị); PROVINCE is the provincial level (cấp tỉnh).
 */
public enum Level {
  COMMUNE("cấp cơ sở"),
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
