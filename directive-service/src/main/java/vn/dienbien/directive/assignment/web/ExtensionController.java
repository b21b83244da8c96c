package vn.dienbien.directive.assignment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.directive.assignment.Assignment;
import vn.dienbien.directive.assignment.Assignments;
import vn.dienbien.directive.assignment.Extensions;
import vn.dienbien.platform.validation.CleanText;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@RestController
@Tag(
    name = "Gia hạn",
    description = "Đơn vị đề nghị gia hạn; Ban Tuyên giáo và Dân vận Tỉnh ủy duyệt hoặc từ chối")
class ExtensionController {

  @Schema(description = "Đề nghị gia hạn")
  record ExtensionAsk(
      @Schema(example = "Đang chờ ý kiến thống nhất của cấp ủy xã về kế hoạch")
          @NotBlank
          @Size(max = 2000)
          @CleanText
          String reason,
      @Schema(example = "2026-04-30") @NotNull LocalDate proposedDueDate) {}

  @Schema(description = "Quyết định duyệt gia hạn")
  record Approval(
      @Schema(description = "Hạn mới (mặc định là hạn đề nghị)", example = "2026-04-30")
          LocalDate approvedDueDate,
      @Schema(example = "Đồng ý gia hạn đến 30/04/2026") @Size(max = 2000) @CleanText
          String note) {}

  @Schema(description = "Quyết định từ chối gia hạn")
  record Rejection(
      @Schema(example = "Thời hạn đã được Ban Thường vụ ấn định, đề nghị hoàn thành đúng hạn")
          @NotBlank
          @Size(max = 2000)
          @CleanText
          String note) {}

  private final Extensions extensions;
  private final Assignments assignments;

  ExtensionController(Extensions extensions, Assignments assignments) {
    this.extensions = extensions;
    this.assignments = assignments;
  }

  @PostMapping("/api/v1/assignments/{id}/extension-requests")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Đề nghị gia hạn",
      description =
          "Chỉ cho nhiệm vụ có thời hạn cố định; mỗi phân công một đề nghị đang chờ. "
              + "Chỉ cán bộ của đơn vị được giao (đơn vị trong token) mới đề nghị được")
  Assignment request(
      @PathVariable String id,
      @Valid @RequestBody ExtensionAsk ask,
      @RequestHeader(value = "X-User-Id", required = false) String actor) {
    return extensions.request(id, ask.reason(), ask.proposedDueDate(), actor);
  }

  @PostMapping("/api/v1/assignments/{id}/extension-requests/{requestId}/approve")
  @Operation(
      summary = "Duyệt gia hạn",
      description =
          "Giữ hạn gốc (thống kê đúng hạn), đổi hạn hiện tại, phát deadline-extended. "
              + "Header X-Unit-Id (nếu có) phải là BTGDV-TU")
  Assignment approve(
      @PathVariable String id,
      @PathVariable String requestId,
      @Valid @RequestBody Approval approval,
      @RequestHeader(value = "X-Unit-Id", required = false) String unit,
      @RequestHeader(value = "X-User-Id", required = false) String actor) {
    return extensions.approve(
        id, requestId, approval.approvedDueDate(), approval.note(), unit, actor);
  }

  @PostMapping("/api/v1/assignments/{id}/extension-requests/{requestId}/reject")
  @Operation(summary = "Từ chối gia hạn", description = "Hạn hiện tại giữ nguyên")
  Assignment reject(
      @PathVariable String id,
      @PathVariable String requestId,
      @Valid @RequestBody Rejection rejection,
      @RequestHeader(value = "X-Unit-Id", required = false) String unit,
      @RequestHeader(value = "X-User-Id", required = false) String actor) {
    return extensions.reject(id, requestId, rejection.note(), unit, actor);
  }

  @GetMapping("/api/v1/extension-requests")
  @Operation(summary = "Các phân công có đề nghị gia hạn đang chờ duyệt")
  PagedResponse<Assignment> pending(@RequestParam(required = false) String unitId, PageQuery page) {
    var filter = new Assignments.Filter(unitId, null, null, null, true);
    return PagedResponse.of(
        assignments.search(filter, page.page(), page.size()), assignments.count(filter), page);
  }
}
