package vn.dienbien.platform.web;

import org.springframework.http.HttpStatusCode;

/** Vietnamese titles for the errors the platform raises itself (unknown path, wrong method…). */
final class StandardTitles {

  private StandardTitles() {}

  static String of(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "Yêu cầu không hợp lệ";
      case 401 -> "Chưa xác thực";
      case 403 -> "Không có quyền";
      case 404 -> "Không tìm thấy";
      case 405 -> "Phương thức không được hỗ trợ";
      case 406 -> "Không hỗ trợ định dạng phản hồi được yêu cầu";
      case 408 -> "Hết thời gian chờ yêu cầu";
      case 413 -> "Dữ liệu quá lớn";
      case 414 -> "Đường dẫn quá dài";
      case 415 -> "Kiểu nội dung không được hỗ trợ";
      case 431 -> "Header quá lớn";
      case 503 -> "Dịch vụ tạm thời không sẵn sàng";
      default -> status.is5xxServerError() ? "Lỗi hệ thống" : "Yêu cầu không được chấp nhận";
    };
  }

  static String detailOf(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 ->
          "Yêu cầu không hợp lệ: đường dẫn, tham số hoặc nội dung không đúng định dạng"
              + " (UTF-8, không ký tự điều khiển)";
      case 401 -> "Cần đăng nhập: gửi mã truy cập hợp lệ trong header Authorization (Bearer)";
      case 403 -> "Tài khoản của bạn không được phép thực hiện thao tác này";
      case 404 -> "Không tìm thấy tài nguyên được yêu cầu";
      case 405 -> "Đường dẫn này không hỗ trợ phương thức đã dùng";
      case 406 -> "Không trả về được định dạng yêu cầu trong header Accept";
      case 408 -> "Yêu cầu gửi quá chậm; vui lòng thử lại";
      case 413 -> "Nội dung gửi lên vượt quá giới hạn cho phép";
      case 414 -> "Đường dẫn hoặc chuỗi tham số vượt quá độ dài cho phép";
      case 415 -> "Kiểu nội dung (Content-Type) không được hỗ trợ";
      case 431 -> "Header của yêu cầu vượt quá kích thước cho phép";
      case 503 -> "Dịch vụ tạm thời không sẵn sàng; vui lòng thử lại sau";
      default ->
          status.is5xxServerError()
              ? "Đã có lỗi ngoài dự kiến; vui lòng thử lại hoặc liên hệ quản trị hệ thống"
              : "Yêu cầu không được chấp nhận";
    };
  }
}
