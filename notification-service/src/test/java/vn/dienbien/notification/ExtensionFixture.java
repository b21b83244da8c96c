package vn.dienbien.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.dienbien.contracts.directive.AssignmentExtensionDecided;
import vn.dienbien.contracts.directive.AssignmentExtensionRequested;
import vn.dienbien.contracts.report.ExtensionDecided;
import vn.dienbien.contracts.report.ExtensionRequested;

/** Extension events as report-service (per period) and directive-service (per task) send them. */
final class ExtensionFixture {

  private ExtensionFixture() {}

  static ExtensionRequested requested(
      String unitId,
      String unitName,
      String obligationId,
      String periodLabel,
      LocalDate due,
      LocalDate proposed,
      OffsetDateTime at) {
    return new ExtensionRequested(
        "req-" + obligationId,
        obligationId,
        "asg-" + unitId,
        "ct-11",
        "11-CT/TU",
        "task-11.7a",
        "11.7a",
        unitId,
        unitName,
        periodLabel,
        due,
        proposed,
        "Chờ số liệu của các thôn, bản vùng cao",
        at,
        "officer." + unitId);
  }

  static ExtensionDecided decided(
      String unitId,
      String unitName,
      String obligationId,
      String periodLabel,
      LocalDate due,
      LocalDate proposed,
      boolean approved,
      OffsetDateTime at) {
    return new ExtensionDecided(
        "req-" + obligationId,
        obligationId,
        "asg-" + unitId,
        "ct-11",
        "11-CT/TU",
        "task-11.7a",
        "11.7a",
        unitId,
        unitName,
        periodLabel,
        ExtensionDecided.Scope.OBLIGATION,
        approved ? ExtensionDecided.Decision.APPROVED : ExtensionDecided.Decision.REFUSED,
        due,
        proposed,
        approved ? proposed : due,
        approved
            ? "Đồng ý, đề nghị đơn vị gửi báo cáo đúng hạn mới"
            : "Hạn đã được Ban Thường vụ ấn định",
        at,
        "monitor.btgdv");
  }

  static AssignmentExtensionRequested assignmentRequested(
      String unitId, String unitName, LocalDate due, LocalDate proposed, OffsetDateTime at) {
    return new AssignmentExtensionRequested(
        "req-asg-" + unitId + "-" + proposed,
        "asg-" + unitId,
        "ct-11",
        "11-CT/TU",
        "task-11.7a",
        "11.7a",
        unitId,
        unitName,
        due,
        proposed,
        "Đang chờ ý kiến thống nhất của cấp ủy xã về kế hoạch",
        at,
        "officer." + unitId);
  }

  static AssignmentExtensionDecided assignmentDecided(
      String unitId,
      String unitName,
      LocalDate due,
      LocalDate proposed,
      boolean approved,
      OffsetDateTime at) {
    return new AssignmentExtensionDecided(
        "req-asg-" + unitId + "-" + proposed,
        "asg-" + unitId,
        "ct-11",
        "11-CT/TU",
        "task-11.7a",
        "11.7a",
        unitId,
        unitName,
        approved
            ? AssignmentExtensionDecided.Decision.APPROVED
            : AssignmentExtensionDecided.Decision.REFUSED,
        due,
        proposed,
        approved ? proposed : due,
        null,
        at,
        "monitor.btgdv");
  }

  /** 17:30 UTC on the day before {@code day}: already {@code day} in Asia/Ho_Chi_Minh. */
  static OffsetDateTime lateEveningUtcBefore(LocalDate day) {
    return day.minusDays(1).atTime(17, 30).atOffset(ZoneOffset.UTC);
  }
}
