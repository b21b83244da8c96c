package vn.dienbien.report.obligation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.PageParams;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.readmodel.ObligationGroup;
import vn.dienbien.report.obligation.readmodel.ObligationProjection;

/**
 * A unit's obligations in the groups its officer works through (the officer's home page): every
 * group's total with its first items, or one group paged. "Due soon" is the earliest due-soon
 * reminder's lead ({@code report.detection.due-soon-lead-days}, the largest).
 */
@RestController
@RequestMapping("/api/v1/obligations/by-group")
@Tag(name = "Nghĩa vụ báo cáo")
class ObligationGroupController {

  static final int MAX_PREVIEW = 50;

  private final ObligationGroupReads reads;
  private final Clock clock;
  private final CurrentActor actor;

  ObligationGroupController(
      ObligationProjection projection,
      Obligations obligations,
      Clock clock,
      CurrentActor actor,
      @Value("${report.detection.due-soon-lead-days:7,1}") List<Integer> dueSoonLeadDays) {
    int dueSoonDays = dueSoonLeadDays.stream().mapToInt(Integer::intValue).max().orElse(0);
    this.reads = new ObligationGroupReads(projection, obligations, dueSoonDays);
    this.clock = clock;
    this.actor = actor;
  }

  @GetMapping
  @Operation(
      summary = "Nghĩa vụ báo cáo của một đơn vị theo nhóm: số lượng và các mục đầu của mỗi nhóm",
      description =
          "Các nhóm theo thứ tự: OVERDUE (quá hạn), DUE_SOON (sắp đến hạn: còn không quá"
              + " dueSoonDays ngày), RETURNED (bị trả lại), OPEN (đang mở), NOT_OPEN_YET (chưa đến"
              + " kỳ nhận báo cáo), SUBMITTED (đã nộp, chờ thẩm định), ACCEPTED (đã chấp nhận);"
              + " tính theo ngày hôm nay ở Asia/Ho_Chi_Minh. Mỗi nhóm: tổng số và preview mục đầu"
              + " (hạn nộp sớm nhất trước; SUBMITTED và ACCEPTED: muộn nhất trước). Cán bộ đơn vị"
              + " chỉ xem được đơn vị mình; vai trò khác phải nêu unitId.")
  GroupedObligations summary(
      @Parameter(example = "XA-MUONG-NHE") @RequestParam(required = false) String unitId,
      @Parameter(description = "Số mục đầu của mỗi nhóm (0–50)") @RequestParam(defaultValue = "5")
          int preview) {
    if (preview < 0 || preview > MAX_PREVIEW) {
      throw ApiProblem.invalidField("preview", "phải từ 0 đến " + MAX_PREVIEW);
    }
    return reads.summary(unit(unitId), preview, LocalDate.now(clock), clock.getZone());
  }

  @GetMapping("/{group}")
  @Operation(
      summary = "Một nhóm nghĩa vụ báo cáo của một đơn vị, phân trang",
      description =
          "Cùng nhóm và thứ tự như danh sách theo nhóm; phân trang (page, size ≤ 500) với tổng"
              + " số. Cán bộ đơn vị chỉ xem được đơn vị mình; vai trò khác phải nêu unitId.")
  PagedResponse<ObligationView> group(
      @Parameter(example = "OVERDUE") @PathVariable ObligationGroup group,
      @Parameter(example = "XA-MUONG-NHE") @RequestParam(required = false) String unitId,
      @PageParams(defaultSize = 20) PageQuery page) {
    return reads.page(unit(unitId), group, page, LocalDate.now(clock), clock.getZone());
  }

  /** The unit read: the officer's own (another is refused), or the one asked for. */
  private String unit(String requested) {
    return actor
        .readableUnit(requested)
        .orElseThrow(() -> ApiProblem.invalidField("unitId", "thiếu tham số bắt buộc"));
  }
}
