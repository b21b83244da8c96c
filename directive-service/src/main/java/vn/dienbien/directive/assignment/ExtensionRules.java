package vn.dienbien.directive.assignment;

import java.time.LocalDate;
import vn.dienbien.directive.directive.Dates;
import vn.dienbien.platform.refusal.Refusal;

/**
 * When a deadline may move: only a fixed-date assignment still open, to a date after its current
 * due date, not before today and within the directive's period.
 */
final class ExtensionRules {

  private ExtensionRules() {}

  static void checkRequest(Assignment a, LocalDate proposed, LocalDate today) {
    if (a.isClosed()) {
      throw Refusal.conflict("assignment-closed", "Phân công đã kết thúc, không gia hạn được");
    }
    if (a.currentDueDate() == null) {
      throw Refusal.conflict(
          "no-due-date",
          "Nhiệm vụ thường xuyên/hằng năm không có hạn để gia hạn; kỳ báo cáo do báo cáo định kỳ quản lý",
          "deadlineKind",
          "chỉ gia hạn được nhiệm vụ có thời hạn cố định");
    }
    if (!proposed.isAfter(a.currentDueDate())) {
      throw Refusal.invalidField(
          "proposedDueDate",
          "hạn đề nghị phải sau hạn hiện tại " + Dates.shown(a.currentDueDate()));
    }
    if (proposed.isBefore(today)) {
      throw Refusal.invalidField(
          "proposedDueDate", "hạn đề nghị không được trước ngày hôm nay " + Dates.shown(today));
    }
    if (proposed.isAfter(a.periodEnd())) {
      throw Refusal.invalidField(
          "proposedDueDate", "hạn đề nghị không được quá " + Dates.shown(a.periodEnd()));
    }
  }

  static void checkApproved(Assignment a, LocalDate newDue, LocalDate today) {
    if (!newDue.isAfter(a.currentDueDate())
        || newDue.isAfter(a.periodEnd())
        || newDue.isBefore(today)) {
      throw Refusal.invalidField(
          "approvedDueDate",
          "hạn mới phải sau "
              + Dates.shown(a.currentDueDate())
              + ", không trước ngày hôm nay "
              + Dates.shown(today)
              + " và không quá "
              + Dates.shown(a.periodEnd()));
    }
  }
}
