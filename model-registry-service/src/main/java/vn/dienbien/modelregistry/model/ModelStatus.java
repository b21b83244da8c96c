package vn.dienbien.modelregistry.model;

/**
 * Where a model stands, derived from its registrations and recognitions. "Registered",
 * "recognised", "sustained" and "lapsed" are told apart because the province reports them apart.
 */
public enum ModelStatus {
  REGISTERED("Đã đăng ký"),
  EVALUATED("Đã khảo sát, đánh giá"),
  NOT_RECOGNISED("Không được công nhận"),
  RECOGNISED("Đã công nhận"),
  SUSTAINED("Duy trì hiệu quả sau đánh giá lại"),
  LAPSED("Không còn hiệu quả (đã thu hồi công nhận)");

  private final String label;

  ModelStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
