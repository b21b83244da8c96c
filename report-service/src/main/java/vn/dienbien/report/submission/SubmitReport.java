package vn.dienbien.report.submission;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dienbien.platform.validation.CleanText;
import vn.dienbien.report.obligation.ReportContent;
import vn.dienbien.report.obligation.WorkStatus;

/** A unit's report on one obligation. */
public record SubmitReport(
    @Schema(example = "a-11-7a-xa-muong-nhe:FIXED") @NotBlank String obligationId,
    @Schema(example = "100") @NotNull @Min(0) @Max(100) Integer progressPercent,
    @Schema(example = "COMPLETED") @NotNull WorkStatus status,
    @Schema(example = "Đã ban hành Kế hoạch số 15-KH/ĐU ngày 20/3/2026 triển khai Chỉ thị 11-CT/TU")
        @NotBlank
        @Size(max = 20000)
        @CleanText
        String results,
    @Schema(example = "Địa bàn rộng, giao thông đi lại khó khăn vào mùa mưa")
        @Size(max = 10000)
        @CleanText
        String difficulties,
    @Schema(example = "Đề nghị Tỉnh ủy hỗ trợ kinh phí tuyên truyền ở các bản vùng biên")
        @Size(max = 10000)
        @CleanText
        String proposals) {

  ReportContent content() {
    return new ReportContent(
        progressPercent,
        status,
        results.strip(),
        difficulties == null ? null : difficulties.strip(),
        proposals == null ? null : proposals.strip());
  }
}
