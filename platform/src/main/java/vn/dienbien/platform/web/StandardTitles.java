package vn.dienbien.platform.web;

import org.springframework.http.HttpStatusCode;

/** Vietnamese titles for the errors Spring MVC raises itself (unknown path, wrong method…). */
final class StandardTitles {

  private StandardTitles() {}

  static String of(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "Yêu cầu không hợp lệ";
      case 404 -> "Không tìm thấy";
      case 405 -> "Phương thức không được hỗ trợ";
      case 406 -> "Không hỗ trợ định dạng phản hồi được yêu cầu";
      case 413 -> "Dữ liệu quá lớn";
      case 415 -> "Kiểu nội dung không được hỗ trợ";
      default -> status.is5xxServerError() ? "Lỗi hệ thống" : "Yêu cầu không được chấp nhận";
    };
  }

  static String detailOf(HttpStatusCode status, String original) {
    return switch (status.value()) {
      case 404 -> "Không tìm thấy tài nguyên được yêu cầu";
      case 405 -> "Đường dẫn này không hỗ trợ phương thức đã dùng";
      case 415 -> "Hãy gửi nội dung dạng application/json";
      case 400 ->
          "Yêu cầu thiếu tham số hoặc tham số không hợp lệ"
              + (original == null ? "" : " (" + original + ")");
      default -> status.is5xxServerError() ? "Đã có lỗi ngoài dự kiến" : original;
    };
  }
}
