package vn.dienbien.directive.assignment;

import vn.dienbien.platform.refusal.Refusal;

/** The refusals of an extension that another request or decision got to first. */
final class ExtensionRefusals {

  private ExtensionRefusals() {}

  static Refusal pending() {
    return Refusal.conflict(
        "extension-pending", "Phân công đã có đề nghị gia hạn đang chờ xử lý hoặc đã kết thúc");
  }

  static Refusal decided() {
    return Refusal.conflict("extension-decided", "Đề nghị gia hạn này đã được xử lý");
  }

  static Refusal decidedMeanwhile() {
    return Refusal.conflict("extension-decided", "Đề nghị gia hạn này vừa được xử lý");
  }
}
