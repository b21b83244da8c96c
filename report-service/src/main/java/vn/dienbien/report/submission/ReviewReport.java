package vn.dienbien.report.submission;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dienbien.platform.validation.CleanText;
import vn.dienbien.report.obligation.Review;

/** The monitoring body's decision; a returned report needs a comment saying what to fix. */
public record ReviewReport(
    @Schema(example = "RETURNED") @NotNull Review.Outcome outcome,
    @Schema(example = "Đề nghị bổ sung số liệu về số mô hình \"Dân vận khéo\" đã đăng ký")
        @Size(max = 5000)
        @CleanText
        String comment) {}
