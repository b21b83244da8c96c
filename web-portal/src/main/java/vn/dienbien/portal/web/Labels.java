package vn.dienbien.portal.web;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Vietnamese names of the codes the APIs return (states, outcomes, kinds). Used in templates as
 * {@code ${@labels.of('state', o.state)}}; an unknown code is shown as a dash, never as English.
 */
@Component("labels")
public class Labels {

  private static final Map<String, Map<String, String>> NAMES =
      Map.ofEntries(
          Map.entry(
              "state",
              Map.of(
                  "OPEN", "Đang mở",
                  "SUBMITTED", "Đã nộp, chờ thẩm định",
                  "RETURNED", "Bị trả lại",
                  "ACCEPTED", "Đã chấp nhận",
                  "CLOSED", "Đã kết thúc")),
          Map.entry(
              "work",
              Map.of(
                  "COMPLETED", "Hoàn thành",
                  "IN_PROGRESS", "Đang thực hiện",
                  "NOT_STARTED", "Chưa thực hiện")),
          Map.entry("outcome", Map.of("ACCEPTED", "Chấp nhận", "RETURNED", "Trả lại")),
          Map.entry(
              "timeliness",
              Map.of(
                  "ON_TIME", "Đúng hạn",
                  "LATE", "Trễ dưới 7 ngày",
                  "VERY_LATE", "Trễ từ 7 đến 30 ngày",
                  "SEVERELY_LATE", "Trễ trên 30 ngày")),
          Map.entry(
              "assignment",
              Map.of("OPEN", "Đang thực hiện", "EXTENDED", "Đã gia hạn", "CLOSED", "Đã kết thúc")),
          Map.entry(
              "decision",
              Map.of(
                  "PENDING", "Chờ duyệt",
                  "APPROVED", "Đã duyệt",
                  "REJECTED", "Bị từ chối",
                  "REFUSED", "Bị từ chối")),
          Map.entry(
              "directive",
              Map.of(
                  "DRAFT", "Dự thảo",
                  "ISSUED", "Đã ban hành",
                  "SUPERSEDED", "Đã bị thay thế",
                  "EXPIRED", "Hết hiệu lực")),
          Map.entry(
              "deadline",
              Map.of(
                  "FIXED_DATE", "Thời hạn cố định",
                  "ONGOING", "Thường xuyên",
                  "ANNUAL", "Hằng năm")),
          Map.entry(
              "cadence",
              Map.of(
                  "MONTHLY", "Hằng tháng",
                  "QUARTERLY", "Hằng quý",
                  "HALF_YEARLY", "6 tháng, năm",
                  "YEARLY", "Hằng năm")),
          Map.entry(
              "dateSource",
              Map.of(
                  "DIRECTIVE", "Chỉ thị ghi ngày",
                  "PROVINCE", "Tỉnh ủy quyết định",
                  "PROVINCE_DEFAULT", "Tạm theo mặc định (Tỉnh ủy chưa quyết định)")),
          Map.entry("role", Map.of("LEAD", "Chủ trì", "COORDINATING", "Phối hợp")),
          Map.entry(
              "progress",
              Map.of(
                  "ON_TRACK", "Trong hạn",
                  "DUE_SOON", "Sắp đến hạn",
                  "OVERDUE", "Quá hạn",
                  "DONE_ON_TIME", "Đã nộp đúng hạn",
                  "DONE_LATE", "Đã nộp trễ hạn")),
          Map.entry("level", Map.of("COMMUNE", "Cấp xã", "PROVINCE", "Cấp tỉnh")),
          Map.entry(
              "unitLevel",
              Map.of("PROVINCE", "Cấp tỉnh", "COMMUNE", "Cấp xã", "DISTRICT", "Cấp huyện")),
          Map.entry(
              "unitKind",
              Map.ofEntries(
                  Map.entry("COMMUNE", "Xã"),
                  Map.entry("WARD", "Phường"),
                  Map.entry("PARTY_COMMITTEE", "Cấp ủy, đảng bộ"),
                  Map.entry("PARTY_AGENCY", "Cơ quan tham mưu của Tỉnh ủy"),
                  Map.entry("COUNCIL", "Hội đồng"),
                  Map.entry("GOVERNMENT", "Ủy ban nhân dân"),
                  Map.entry("DEPARTMENT", "Sở, ban, ngành"),
                  Map.entry("FRONT", "Mặt trận Tổ quốc"),
                  Map.entry("SOCIO_POLITICAL_ORG", "Tổ chức chính trị - xã hội"),
                  Map.entry("MASS_ORG", "Hội quần chúng"),
                  Map.entry("ARMED_FORCES", "Lực lượng vũ trang"),
                  Map.entry("PRESS", "Cơ quan báo chí"))),
          Map.entry("kind", Map.of("MODEL", "Mô hình", "EXEMPLAR", "Điển hình")),
          Map.entry(
              "recognition",
              Map.of(
                  "ACTIVE",
                  "Đang hiệu lực",
                  "SUSTAINED",
                  "Duy trì hiệu quả",
                  "REVOKED",
                  "Đã thu hồi")),
          Map.entry(
              "delivery",
              Map.of(
                  "PENDING", "Chờ gửi",
                  "HELD", "Gộp vào bản tin ngày",
                  "SENDING", "Đang gửi",
                  "SENT", "Đã gửi",
                  "FAILED", "Gửi không thành công",
                  "CANCELLED", "Đã hủy")),
          Map.entry("channel", Map.of("EMAIL", "Thư điện tử", "SMS", "Tin nhắn SMS")),
          Map.entry(
              "contactRole",
              Map.of(
                  "UNIT_HEAD", "Thủ trưởng đơn vị",
                  "REPORTING_OFFICER", "Cán bộ đầu mối báo cáo",
                  "MONITORING_OFFICER", "Cán bộ theo dõi, đôn đốc")),
          Map.entry(
              "messageKind",
              Map.of(
                  "TASK_ASSIGNED", "Giao nhiệm vụ",
                  "REPORT_DUE_SOON", "Báo cáo sắp đến hạn",
                  "REPORT_OVERDUE", "Báo cáo quá hạn",
                  "REPORT_SUBMITTED", "Báo cáo đã gửi, chờ xem xét",
                  "REPORT_RETURNED", "Báo cáo bị trả lại",
                  "REPORT_ACCEPTED", "Báo cáo được chấp nhận",
                  "MODEL_RECOGNISED", "Mô hình được công nhận",
                  "RECOGNITION_REVOKED", "Thu hồi công nhận mô hình",
                  "COMMENDATION_AWARDED", "Khen thưởng")),
          Map.entry(
              "field",
              Map.of(
                  "ECONOMY", "Kinh tế",
                  "CULTURE_SOCIETY", "Văn hóa - xã hội",
                  "DEFENCE_SECURITY", "Quốc phòng - an ninh",
                  "POLITICAL_SYSTEM", "Xây dựng hệ thống chính trị")),
          Map.entry(
              "targetArea",
              Map.ofEntries(
                  Map.entry("ETHNIC_MINORITY_AREAS", "Vùng đồng bào dân tộc thiểu số"),
                  Map.entry("BORDER_AREAS", "Vùng biên giới"),
                  Map.entry("REMOTE_AREAS", "Vùng xa"),
                  Map.entry("RELIGIOUS_COMMUNITIES", "Địa bàn đông tín đồ tôn giáo"),
                  Map.entry("ARMED_FORCES_AREAS", "Vùng đặc thù của lực lượng vũ trang"),
                  Map.entry(
                      "SECURITY_HOTSPOTS", "Địa bàn trọng điểm, phức tạp về an ninh, trật tự"),
                  Map.entry("ADMINISTRATIVE_PROCEDURES", "Thủ tục hành chính, cải cách hành chính"),
                  Map.entry(
                      "COMPENSATION_RESETTLEMENT",
                      "Bồi thường - giải phóng mặt bằng - tái định cư"),
                  Map.entry("DIALOGUE_AND_PETITIONS", "Đối thoại và giải quyết đơn thư"),
                  Map.entry("CIVILISED_CUSTOMS", "Thay đổi tập quán theo hướng văn minh"),
                  Map.entry(
                      "CRIME_REPORTING_AND_SECURITY", "Tố giác tội phạm và bảo vệ an ninh Tổ quốc"),
                  Map.entry("OUTSTANDING_ISSUES", "Giải quyết vấn đề tồn đọng"),
                  Map.entry("MEMBER_CARE", "Chăm lo đoàn viên - hội viên"),
                  Map.entry("OTHER", "Lĩnh vực khác"))),
          Map.entry(
              "modelStatus",
              Map.of(
                  "REGISTERED", "Chờ khảo sát, đánh giá",
                  "EVALUATED", "Đã đánh giá, chờ quyết định",
                  "NOT_RECOGNISED", "Không được công nhận",
                  "RECOGNISED", "Đã công nhận",
                  "SUSTAINED", "Duy trì hiệu quả",
                  "LAPSED", "Đã thu hồi công nhận")),
          Map.entry(
              "registration",
              Map.of(
                  "PENDING", "Chờ đánh giá",
                  "EVALUATED", "Đã đánh giá",
                  "RECOGNISED", "Được công nhận",
                  "NOT_RECOGNISED", "Không được công nhận")),
          Map.entry(
              "reEvaluation",
              Map.of("SUSTAINED", "Duy trì hiệu quả", "LAPSED", "Không còn hiệu quả (thu hồi)")));

  public String of(String kind, Object code) {
    if (code == null) {
      return "—";
    }
    return NAMES.getOrDefault(kind, Map.of()).getOrDefault(String.valueOf(code), "—");
  }

  /** Every code of a kind with its name, ordered by name (for the options of a list). */
  public Map<String, String> all(String kind) {
    Map<String, String> ordered = new java.util.LinkedHashMap<>();
    NAMES.getOrDefault(kind, Map.of()).entrySet().stream()
        .sorted(
            Map.Entry.comparingByValue(java.text.Collator.getInstance(new java.util.Locale("vi"))))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
