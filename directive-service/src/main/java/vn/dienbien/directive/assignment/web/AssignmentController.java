package vn.dienbien.directive.assignment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.directive.assignment.Assignment;
import vn.dienbien.directive.assignment.AssignmentClosing;
import vn.dienbien.directive.assignment.AssignmentStatus;
import vn.dienbien.directive.assignment.Assignments;
import vn.dienbien.platform.validation.CleanText;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@RestController
@Validated
@RequestMapping("/api/v1/assignments")
@Tag(
    name = "Phân công",
    description =
        "Nhiệm vụ giao cho từng đơn vị: mở → (gia hạn) → kết thúc khi báo cáo cuối được chấp nhận")
class AssignmentController {

  @Schema(description = "Xác nhận đơn vị đã hoàn thành nhiệm vụ")
  record Completion(
      @Schema(example = "Đơn vị đã hoàn thành toàn bộ nội dung nhiệm vụ")
          @Size(max = 2000)
          @CleanText
          String note) {}

  private final Assignments assignments;
  private final AssignmentClosing closing;

  AssignmentController(Assignments assignments, AssignmentClosing closing) {
    this.assignments = assignments;
    this.closing = closing;
  }

  @PostMapping("/{id}/complete")
  @Operation(
      summary = "Xác nhận hoàn thành nhiệm vụ",
      description =
          "Chỉ cơ quan theo dõi (X-Unit-Id BTGDV-TU). Kết thúc phân công (assignment-closed,"
              + " closedBy MONITORING_BODY); report-service đóng các kỳ báo cáo còn lại. Báo cáo"
              + " cuối nộp sớm không tự kết thúc phân công")
  Assignment complete(
      @PathVariable String id,
      @Valid @RequestBody Completion completion,
      @RequestHeader(value = "X-Unit-Id", required = false) String unit,
      @RequestHeader(value = "X-User-Id", required = false) String actor) {
    return closing.markComplete(id, completion.note(), unit, actor);
  }

  @GetMapping
  @Operation(
      summary = "Tra cứu phân công",
      description = "Lọc theo đơn vị, chỉ thị, nhiệm vụ, trạng thái")
  PagedResponse<Assignment> search(
      @Parameter(example = "XA-MUONG-NHE") @RequestParam(required = false) String unitId,
      @Parameter(example = "11-ct-tu") @RequestParam(required = false) String directiveId,
      @Parameter(example = "11-ct-tu:11.7a") @RequestParam(required = false) String taskId,
      @RequestParam(required = false) AssignmentStatus status,
      PageQuery page) {
    var filter = new Assignments.Filter(unitId, directiveId, taskId, status, null);
    return PagedResponse.of(
        assignments.search(filter, page.page(), page.size()), assignments.count(filter), page);
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "Xem một phân công",
      description = "id dạng <chỉ thị>:<nhiệm vụ>@<mã đơn vị>, ví dụ 11-ct-tu:11.7a@XA-MUONG-NHE")
  Assignment get(@PathVariable String id) {
    return assignments.get(id);
  }
}
