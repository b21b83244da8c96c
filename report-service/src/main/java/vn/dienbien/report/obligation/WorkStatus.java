package vn.dienbien.report.obligation;

import java.util.List;

/**
 * How far the unit says the task has got. Status and progress tell the same story: Hoàn thành is
 * 100% and 100% is Hoàn thành; Chưa thực hiện is 0%; Đang thực hiện is anything below 100% (0 %
 * included: started, nothing measurable yet).
 */
public enum WorkStatus {
  COMPLETED("Hoàn thành"),
  IN_PROGRESS("Đang thực hiện"),
  NOT_STARTED("Chưa thực hiện");

  /** The rule above, as officials read it in a field error. */
  public static final String RULE =
      "Hoàn thành (COMPLETED) khi tiến độ 100%; Đang thực hiện (IN_PROGRESS) khi dưới 100%;"
          + " Chưa thực hiện (NOT_STARTED) khi 0%";

  private final String label;

  WorkStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The statuses that agree with {@code progressPercent}. */
  public static List<WorkStatus> allowedFor(int progressPercent) {
    if (progressPercent >= 100) {
      return List.of(COMPLETED);
    }
    return progressPercent == 0 ? List.of(IN_PROGRESS, NOT_STARTED) : List.of(IN_PROGRESS);
  }
}
