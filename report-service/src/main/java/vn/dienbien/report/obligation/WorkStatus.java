package vn.dienbien.report.obligation;

/** How far the unit says the task has got. */
public enum WorkStatus {
  COMPLETED("Hoàn thành"),
  IN_PROGRESS("Đang thực hiện"),
  NOT_STARTED("Chưa thực hiện");

  private final String label;

  WorkStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
