package vn.dienbien.report.obligation;

/** How late a report arrived, in the bands the monitoring body grades units by. */
public enum Timeliness {
  ON_TIME("Đúng hạn"),
  LATE("Trễ dưới 7 ngày"),
  VERY_LATE("Trễ từ 7 đến 30 ngày"),
  SEVERELY_LATE("Trễ trên 30 ngày");

  private final String label;

  Timeliness(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Grades a submission by whole days past the due time; {@code late} false means on time. */
  public static Timeliness grade(boolean late, long daysLate) {
    if (!late) {
      return ON_TIME;
    }
    if (daysLate < 7) {
      return LATE;
    }
    return daysLate <= 30 ? VERY_LATE : SEVERELY_LATE;
  }
}
