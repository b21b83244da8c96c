package vn.dienbien.portal.api;

/** The four services the portal calls, with the name a person reads when one is down. */
public enum Backend {
  DIRECTIVE("Dịch vụ chỉ thị, nhiệm vụ"),
  REPORT("Dịch vụ báo cáo"),
  MODEL_REGISTRY("Dịch vụ mô hình \"Dân vận khéo\""),
  NOTIFICATION("Dịch vụ thông báo");

  private final String label;

  Backend(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
