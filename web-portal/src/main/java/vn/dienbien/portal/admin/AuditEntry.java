package vn.dienbien.portal.admin;

import java.time.OffsetDateTime;
import java.util.Map;

/** One entry of a service's audit trail: who changed what, when, and how it ended. */
public record AuditEntry(
    String id,
    OffsetDateTime at,
    String userId,
    String unitId,
    String targetUnit,
    String method,
    String path,
    String pattern,
    int status,
    Map<String, String> pathIds,
    String resultId) {

  /** What the person did, in words (from the endpoint's pattern). */
  public String action() {
    String key = method + " " + pattern;
    return ACTIONS.getOrDefault(key, "Thao tác khác");
  }

  public String result() {
    if (status < 300) {
      return "Thành công";
    }
    return switch (status) {
      case 400 -> "Dữ liệu không hợp lệ";
      case 401, 403 -> "Bị từ chối";
      case 404 -> "Không tìm thấy";
      case 409 -> "Xung đột trạng thái";
      case 413 -> "Dữ liệu quá lớn";
      case 429 -> "Quá nhiều yêu cầu";
      default -> "Lỗi";
    };
  }

  private static final Map<String, String> ACTIONS =
      Map.ofEntries(
          Map.entry("POST /api/v1/reports", "Nộp báo cáo"),
          Map.entry("POST /api/v1/reports/{id}/review", "Thẩm định báo cáo"),
          Map.entry("POST /api/v1/units", "Thêm đơn vị"),
          Map.entry("POST /api/v1/units/import", "Nhập danh mục đơn vị"),
          Map.entry("PUT /api/v1/units/{id}", "Sửa đơn vị"),
          Map.entry("DELETE /api/v1/units/{id}", "Ngừng hoạt động đơn vị"),
          Map.entry("POST /api/v1/unit-groups", "Tạo nhóm đơn vị"),
          Map.entry("PUT /api/v1/unit-groups/{id}/members", "Sửa thành viên nhóm"),
          Map.entry("POST /api/v1/directives", "Tạo dự thảo chỉ thị"),
          Map.entry("POST /api/v1/directives/{id}/issue", "Ban hành chỉ thị"),
          Map.entry("POST /api/v1/directives/{id}/tasks", "Thêm nhiệm vụ"),
          Map.entry("PUT /api/v1/directives/{id}/tasks/{code}", "Sửa nhiệm vụ"),
          Map.entry("DELETE /api/v1/directives/{id}/tasks/{code}", "Xóa nhiệm vụ"),
          Map.entry("POST /api/v1/assignments/{id}/extension-requests", "Đề nghị gia hạn"),
          Map.entry(
              "POST /api/v1/assignments/{id}/extension-requests/{requestId}/approve",
              "Duyệt gia hạn"),
          Map.entry(
              "POST /api/v1/assignments/{id}/extension-requests/{requestId}/reject",
              "Từ chối gia hạn"),
          Map.entry("POST /api/v1/models", "Đăng ký mô hình"),
          Map.entry("POST /api/v1/exemplars", "Đăng ký điển hình"),
          Map.entry("POST /api/v1/models/{id}/registrations", "Đăng ký năm, cấp mới"),
          Map.entry("POST /api/v1/exemplars/{id}/registrations", "Đăng ký năm, cấp mới"),
          Map.entry("POST /api/v1/evaluations", "Khảo sát, đánh giá"),
          Map.entry("POST /api/v1/recognitions", "Công nhận"),
          Map.entry("POST /api/v1/recognitions/bulk", "Công nhận nhiều mô hình"),
          Map.entry("POST /api/v1/recognitions/rejections", "Không công nhận"),
          Map.entry("POST /api/v1/recognitions/{recognitionId}/re-evaluations", "Đánh giá lại"),
          Map.entry("POST /api/v1/commendation-rounds/{roundId}/commendations", "Khen thưởng"),
          Map.entry("POST /api/v1/contacts", "Thêm cán bộ"),
          Map.entry("POST /api/v1/contacts/import", "Nhập danh sách cán bộ"),
          Map.entry("PUT /api/v1/contacts/{id}", "Sửa thông tin cán bộ"),
          Map.entry("DELETE /api/v1/contacts/{id}", "Xóa cán bộ"));
}
