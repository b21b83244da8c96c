package vn.dienbien.modelregistry.model;

/** A model (mô hình) belongs to a unit; an exemplar (điển hình) is a collective or a person. */
public enum Kind {
  MODEL("Mô hình"),
  EXEMPLAR("Điển hình");

  private final String label;

  Kind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
