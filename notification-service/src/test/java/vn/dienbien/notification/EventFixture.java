package vn.dienbien.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.modelregistry.CommendationAwarded;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;

/** Events as the other services publish them, about directive 11-CT/TU. */
public final class EventFixture {

  private EventFixture() {}

  public static TaskAssigned taskAssigned(String unitId, String unitName) {
    return taskAssigned(
        unitId,
        unitName,
        TaskAssigned.DeadlineKind.FIXED_DATE,
        LocalDate.of(2026, 3, 31),
        null,
        OffsetDateTime.parse("2026-02-23T08:00:00+07:00"));
  }

  /**
   * A task of 11-CT/TU assigned at {@code assignedAt}, to be carried out from 1 January of that
   * year to 31 December four years later.
   */
  public static TaskAssigned taskAssigned(
      String unitId,
      String unitName,
      TaskAssigned.DeadlineKind deadlineKind,
      LocalDate dueDate,
      TaskAssigned.Cadence cadence,
      OffsetDateTime assignedAt) {
    return new TaskAssigned(
        "asg-" + unitId,
        "ct-11",
        "11-CT/TU",
        "Chỉ thị về tiếp tục đẩy mạnh phong trào thi đua \"Dân vận khéo\" giai đoạn 2025 - 2030",
        "task-11.7a",
        "11.7a",
        "Xây dựng chương trình, kế hoạch cụ thể hóa Chỉ thị tại địa phương",
        "Kế hoạch thực hiện",
        unitId,
        unitName,
        TaskAssigned.Role.LEAD,
        deadlineKind,
        dueDate,
        cadence,
        LocalDate.of(assignedAt.getYear(), 1, 1),
        LocalDate.of(assignedAt.getYear() + 4, 12, 31),
        "BTGDV-TU",
        assignedAt,
        null);
  }

  public static ReportDueSoon dueSoon(
      String unitId, String unitName, String obligationId, int daysBefore) {
    return dueSoon(
        unitId, unitName, obligationId, "Quý IV/2026", LocalDate.of(2026, 12, 15), daysBefore);
  }

  /** A due-soon reminder for the period {@code periodLabel}, due on {@code dueDate}. */
  public static ReportDueSoon dueSoon(
      String unitId,
      String unitName,
      String obligationId,
      String periodLabel,
      LocalDate dueDate,
      int daysBefore) {
    return new ReportDueSoon(
        obligationId,
        "asg-" + unitId,
        "ct-11",
        "11-CT/TU",
        "task-11.7a",
        "11.7a",
        "Xây dựng chương trình, kế hoạch",
        unitId,
        unitName,
        periodLabel,
        dueDate,
        daysBefore);
  }

  /** An overdue reminder sent on its step's day ({@code step} days past due). */
  public static ReportOverdue overdue(
      String unitId, String unitName, String obligationId, int step) {
    return overdue(
        unitId, unitName, obligationId, "Tháng 10/2026", LocalDate.of(2026, 10, 31), step, step);
  }

  /**
   * An overdue reminder as report-service sends it at escalation step {@code step} (days past due,
   * by its own count).
   */
  public static ReportOverdue overdue(
      String unitId,
      String unitName,
      String obligationId,
      String periodLabel,
      LocalDate dueDate,
      int daysOverdue,
      int step) {
    return new ReportOverdue(
        obligationId,
        "asg-" + unitId,
        "ct-11",
        "11-CT/TU",
        "task-11.7a",
        "11.7a",
        "Xây dựng chương trình, kế hoạch",
        unitId,
        unitName,
        periodLabel,
        dueDate,
        daysOverdue,
        step);
  }

  public static ReportSubmitted submitted(String unitId, String unitName, String obligationId) {
    return new ReportSubmitted(
        "rep-" + obligationId,
        obligationId,
        "asg-" + unitId,
        "ct-11",
        "11-CT/TU",
        "task-11.7a",
        "11.7a",
        unitId,
        unitName,
        "Tháng 10/2026",
        LocalDate.of(2026, 10, 31),
        OffsetDateTime.parse("2026-11-23T10:00:00+07:00"),
        true,
        23,
        100,
        ReportSubmitted.Status.COMPLETED,
        1,
        null);
  }

  public static ReportReviewed returned(String unitId, String unitName, String obligationId) {
    return returned(unitId, unitName, obligationId, "Tháng 10/2026");
  }

  public static ReportReviewed returned(
      String unitId, String unitName, String obligationId, String periodLabel) {
    return new ReportReviewed(
        "rep-" + obligationId,
        obligationId,
        "asg-" + unitId,
        "ct-11",
        "11-CT/TU",
        "task-11.7a",
        "11.7a",
        unitId,
        unitName,
        periodLabel,
        ReportReviewed.Outcome.RETURNED,
        "Bổ sung số liệu mô hình đã đăng ký",
        false,
        OffsetDateTime.parse("2026-11-23T10:00:00+07:00"),
        null);
  }

  /**
   * The final report of a period, accepted at 00:30 on 24/11/2026 Hanoi time (17:30 UTC on 23/11).
   */
  public static ReportReviewed accepted(
      String unitId, String unitName, String obligationId, String periodLabel) {
    return new ReportReviewed(
        "rep-" + obligationId,
        obligationId,
        "asg-" + unitId,
        "ct-11",
        "11-CT/TU",
        "task-11.7a",
        "11.7a",
        unitId,
        unitName,
        periodLabel,
        ReportReviewed.Outcome.ACCEPTED,
        "Báo cáo đầy đủ, đúng hướng dẫn",
        true,
        OffsetDateTime.parse("2026-11-23T17:30:00Z"),
        null);
  }

  public static RecognitionRevoked revoked(String unitId, String unitName) {
    return new RecognitionRevoked(
        "rec-" + unitId,
        "model-" + unitId,
        "Chung tay xóa nhà tạm",
        unitId,
        unitName,
        RecognitionRevoked.Level.COMMUNE,
        2025,
        "Mô hình không còn duy trì hoạt động",
        OffsetDateTime.parse("2026-11-24T01:00:00Z"),
        null);
  }

  public static ModelRecognised recognised(String unitId, String unitName) {
    return new ModelRecognised(
        "rec-" + unitId,
        "model-" + unitId,
        ModelRecognised.Kind.MODEL,
        "Chung tay xóa nhà tạm",
        unitId,
        unitName,
        ModelRecognised.Level.PROVINCE,
        2026,
        "Giảm nghèo",
        "125-QĐ/TU",
        LocalDate.of(2026, 11, 20),
        "Trưởng ban",
        null);
  }

  public static CommendationAwarded commended(String unitId, String unitName) {
    return new CommendationAwarded(
        "com-" + unitId,
        "round-2026",
        CommendationAwarded.Level.COMMUNE,
        "model-" + unitId,
        "Chung tay xóa nhà tạm",
        unitId,
        unitName,
        "130-QĐ/UBND",
        LocalDate.of(2026, 11, 21),
        null);
  }
}
