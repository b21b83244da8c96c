package vn.dienbien.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.modelregistry.CommendationAwarded;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;

/** Events as the other services publish them, about directive 11-CT/TU. */
public final class EventFixture {

  private EventFixture() {}

  public static TaskAssigned taskAssigned(String unitId, String unitName) {
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
        TaskAssigned.DeadlineKind.FIXED_DATE,
        LocalDate.of(2026, 3, 31),
        null,
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2030, 12, 31),
        "BTGDV-TU",
        OffsetDateTime.parse("2026-02-23T08:00:00+07:00"),
        null);
  }

  public static ReportDueSoon dueSoon(
      String unitId, String unitName, String obligationId, int daysBefore) {
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
        "Quý IV/2026",
        LocalDate.of(2026, 12, 15),
        daysBefore);
  }

  public static ReportOverdue overdue(
      String unitId, String unitName, String obligationId, int step) {
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
        "Tháng 10/2026",
        LocalDate.of(2026, 10, 31),
        22 + step,
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
        "Tháng 10/2026",
        ReportReviewed.Outcome.RETURNED,
        "Bổ sung số liệu mô hình đã đăng ký",
        false,
        OffsetDateTime.parse("2026-11-23T10:00:00+07:00"),
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
