package vn.dienbien.directive.directive;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.dienbien.platform.validation.CleanText;

/** A task as typed: rõ việc (content), rõ người (lead, coordinators), rõ sản phẩm, rõ thời gian. */
@Schema(description = "Nhiệm vụ trong chỉ thị")
public record TaskDraft(
    @Schema(description = "Số thứ tự nhiệm vụ trong chỉ thị", example = "11.7a")
        @NotBlank
        @Pattern(regexp = "^[0-9A-Za-z][0-9A-Za-z.]{0,15}$")
        String code,
    @Schema(
            description = "Nội dung nhiệm vụ",
            example =
                "Quán triệt, triển khai Chỉ thị; xây dựng chương trình, kế hoạch cụ thể hóa tại địa phương, cơ quan, đơn vị")
        @NotBlank
        @Size(max = 4000)
        @CleanText
        String content,
    @Schema(description = "Mã đơn vị chủ trì (hoặc dùng leadGroupId)", example = "BTGDV-TU")
        @Size(max = 40)
        String leadUnitId,
    @Schema(
            description = "Mã nhóm đơn vị chủ trì; mỗi thành viên nhận một phân công",
            example = "HE-THONG-CHINH-TRI-HQC")
        @Size(max = 60)
        String leadGroupId,
    @Schema(description = "Mã các đơn vị phối hợp", example = "[\"HD-TDKT-TINH\"]") @Size(max = 100)
        List<@NotBlank String> coordinatingUnitIds,
    @Schema(description = "Mã các nhóm đơn vị phối hợp", example = "[\"TO-CHUC-CT-XH-TINH\"]")
        @Size(max = 20)
        List<@NotBlank String> coordinatingGroupIds,
    @Schema(
            description = "Sản phẩm",
            example = "Chương trình, kế hoạch thực hiện Chỉ thị của đơn vị")
        @Size(max = 1000)
        @CleanText
        String expectedOutput,
    @NotNull @Valid DeadlineDraft deadline) {

  @Schema(
      description =
          "Thời hạn. FIXED_DATE: hạn ngày (dueDate) hoặc \"trong tháng\" (dueMonth, tức ngày cuối tháng). "
              + "ONGOING (thường xuyên): kỳ báo cáo cadence (MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY). ANNUAL (hằng năm): báo cáo năm.")
  public record DeadlineDraft(
      @Schema(example = "FIXED_DATE") @NotNull DeadlineKind kind,
      @Schema(example = "2026-03-31") LocalDate dueDate,
      @Schema(description = "Hoàn thành trong tháng", example = "2026-03", type = "string")
          YearMonth dueMonth,
      @Schema(example = "HALF_YEARLY") Cadence cadence,
      @Schema(description = "Các mốc (sản phẩm có hạn riêng): sơ kết, tổng kết, hướng dẫn hằng năm")
          @Size(max = 20)
          List<@NotNull @Valid MilestoneDraft> milestones) {}

  @Schema(
      description =
          "Một mốc của nhiệm vụ (loại thời hạn MILESTONE): một sản phẩm có hạn riêng. dateSource: DIRECTIVE (chỉ thị ghi ngày), PROVINCE (Tỉnh ủy quyết định), PROVINCE_DEFAULT (chỉ thị không ghi ngày, Tỉnh ủy chưa quyết định: tạm lấy mặc định)")
  public record MilestoneDraft(
      @Schema(example = "SO-KET-2028") @NotBlank @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{0,23}$")
          String key,
      @Schema(example = "Báo cáo sơ kết giữa kỳ thực hiện Chỉ thị")
          @NotBlank
          @Size(max = 300)
          @CleanText
          String label,
      @Schema(example = "2028-12-20") @NotNull LocalDate dueDate,
      @Schema(description = "Ngày bắt đầu nhận báo cáo", example = "2028-10-01")
          LocalDate windowOpensOn,
      @Schema(example = "PROVINCE_DEFAULT") @NotNull DateSource dateSource) {

    Milestone toMilestone() {
      return new Milestone(key, label, dueDate, windowOpensOn, dateSource);
    }
  }

  /** The task; deadline errors name fields under {@code fieldPrefix} (e.g. {@code tasks[2]}). */
  public Task toTask(String fieldPrefix) {
    String prefix = fieldPrefix.isEmpty() ? "deadline" : fieldPrefix + ".deadline";
    List<Milestone> milestones =
        deadline.milestones() == null
            ? List.of()
            : deadline.milestones().stream().map(MilestoneDraft::toMilestone).toList();
    Deadline due =
        Deadline.of(
                deadline.kind(),
                deadline.dueDate(),
                deadline.dueMonth(),
                deadline.cadence(),
                prefix)
            .withMilestones(milestones, prefix);
    return new Task(
        null,
        code,
        content,
        blank(leadUnitId),
        blank(leadGroupId),
        coordinatingUnitIds,
        coordinatingGroupIds,
        expectedOutput,
        due);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
