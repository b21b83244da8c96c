package vn.dienbien.report.extension.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.validation.CleanText;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.extension.ObligationExtensions;
import vn.dienbien.report.obligation.web.ObligationView;

/**
 * Extensions of one period of an ongoing or yearly task. The acting unit is {@code X-Unit-Id} (the
 * token's unit when security is on).
 */
@RestController
@Tag(
    name = "Gia hạn kỳ báo cáo",
    description =
        "Đơn vị đề nghị gia hạn một kỳ báo cáo của nhiệm vụ thường xuyên, hằng năm; cơ quan theo"
            + " dõi duyệt hoặc từ chối")
class ExtensionController {

  @Schema(description = "Đề nghị gia hạn một kỳ báo cáo")
  record ExtensionAsk(
      @Schema(example = "2026-04-10") @NotNull LocalDate proposedDueDate,
      @Schema(example = "Chờ số liệu của các thôn, bản vùng cao")
          @NotBlank
          @Size(max = 2000)
          @CleanText
          String reason) {}

  @Schema(description = "Quyết định về đề nghị gia hạn")
  record ExtensionDecision(
      @Schema(description = "APPROVED: duyệt (hạn mới là hạn đề nghị); REFUSED: từ chối") @NotNull
          Outcome decision,
      @Schema(example = "Đồng ý gia hạn đến 10/04/2026") @Size(max = 2000) @CleanText
          String note) {}

  enum Outcome {
    APPROVED,
    REFUSED
  }

  private final ObligationExtensions extensions;
  private final Clock clock;

  ExtensionController(ObligationExtensions extensions, Clock clock) {
    this.extensions = extensions;
    this.clock = clock;
  }

  @PostMapping("/api/v1/obligations/{id}/extension-requests")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Đề nghị gia hạn một kỳ báo cáo",
      description =
          "Chỉ kỳ báo cáo của nhiệm vụ thường xuyên, hằng năm đang chờ báo cáo; hạn đề nghị phải"
              + " sau hạn hiện tại và không trước ngày hôm nay. Nhiệm vụ có thời hạn cố định gia"
              + " hạn theo phân công (directive-service)")
  ObligationView request(
      @PathVariable String id,
      @RequestHeader("X-Unit-Id") String unitId,
      @RequestHeader(name = "X-User-Id", required = false) String userId,
      @Valid @RequestBody ExtensionAsk ask) {
    return ObligationView.of(
        extensions.request(id, ask.proposedDueDate(), ask.reason(), unitId, userId),
        clock.getZone());
  }

  @PostMapping("/api/v1/obligations/{id}/extension-requests/{requestId}/decision")
  @Operation(
      summary = "Duyệt hoặc từ chối đề nghị gia hạn một kỳ báo cáo",
      description =
          "Chỉ cơ quan theo dõi nhiệm vụ. Duyệt: hạn và lịch nhắc của kỳ này chuyển sang hạn mới,"
              + " các nhắc nhở về hạn cũ bị hủy; các kỳ khác giữ nguyên. Từ chối cần ghi lý do")
  ObligationView decide(
      @PathVariable String id,
      @PathVariable String requestId,
      @RequestHeader("X-Unit-Id") String unitId,
      @RequestHeader(name = "X-User-Id", required = false) String userId,
      @Valid @RequestBody ExtensionDecision decision) {
    boolean approve = decision.decision() == Outcome.APPROVED;
    if (!approve && (decision.note() == null || decision.note().isBlank())) {
      throw ApiProblem.invalidField("note", "Từ chối gia hạn cần ghi rõ lý do");
    }
    return ObligationView.of(
        extensions.decide(id, requestId, approve, decision.note(), unitId, userId),
        clock.getZone());
  }
}
