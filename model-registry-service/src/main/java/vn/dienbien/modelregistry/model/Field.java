package vn.dienbien.modelregistry.model;

/** Field (lĩnh vực) of a model; the label is what reports and events show. */
public enum Field {
  ECONOMY("kinh tế"),
  CULTURE_SOCIETY("văn hóa - xã hội"),
  DEFENCE_SECURITY("quốc phòng - an ninh"),
  POLITICAL_SYSTEM("xây dựng hệ thống chính trị");

  private final String label;

  Field(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
