package vn.dienbien.directive.unit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.dienbien.directive.unit.Level;
import vn.dienbien.directive.unit.Unit;
import vn.dienbien.directive.unit.UnitCodes;
import vn.dienbien.platform.validation.CleanText;

@Schema(description = "Một đơn vị trong danh mục")
record UnitRequest(
    @Schema(description = "Mã đơn vị ổn định (không dấu, in hoa)", example = "XA-MUONG-NHE")
        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = UnitCodes.PATTERN)
        String code,
    @Schema(example = "Xã Mường Nhé") @NotBlank @Size(max = 200) @CleanText String name,
    @Schema(description = "Loại đơn vị", example = "COMMUNE")
        @NotBlank
        @Pattern(regexp = "^[A-Z_]{2,40}$")
        String kind,
    @Schema(example = "COMMUNE") @NotNull Level level,
    @Schema(description = "Mã đơn vị cấp trên", example = "UBND-TINH") @Size(max = 40)
        String parentId,
    @Schema(
            description =
                "Mã đơn vị hành chính do Nhà nước ban hành (2 chữ số: tỉnh, 5 chữ số: xã)",
            example = "11")
        @Pattern(regexp = UnitCodes.OFFICIAL_PATTERN)
        String officialCode,
    @Schema(description = "Nguồn đã xác nhận tên đơn vị (khi đó phải ghi nguồn)", example = "true")
        Boolean confirmed,
    @Schema(
            description = "Nguồn của thông tin",
            example = "Nghị quyết 1661/NQ-UBTVQH15 ngày 16/6/2025, Điều 1, khoản 1")
        @Size(max = 300)
        @CleanText
        String source) {

  Unit toUnit(String code) {
    return Unit.of(code, name, kind, level, parentId, source)
        .attested(officialCode, Boolean.TRUE.equals(confirmed));
  }
}
