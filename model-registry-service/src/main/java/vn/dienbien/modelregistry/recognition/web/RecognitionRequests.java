package vn.dienbien.modelregistry.recognition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.ReEvaluation;
import vn.dienbien.platform.validation.CleanText;

/** Request bodies of the recognitions API. */
final class RecognitionRequests {

  private RecognitionRequests() {}

  record Recognise(
      @Schema(example = "MAU-MH-01") @NotBlank String modelId,
      @Schema(example = "COMMUNE") @NotNull Level level,
      @Schema(example = "2026") @NotNull Integer year,
      @Schema(example = "125-QĐ/UBND") @NotBlank @Size(max = 100) @CleanText String decisionNumber,
      @Schema(example = "2026-11-20") @NotNull LocalDate decisionDate,
      @Schema(example = "Chủ tịch UBND xã Mường Nhé") @NotBlank @Size(max = 200) @CleanText
          String signer) {

    Decision decision() {
      return new Decision(decisionNumber, decisionDate, signer);
    }
  }

  record RecogniseMany(
      @Schema(example = "[\"MAU-MH-01\", \"MAU-DH-03\"]") @NotEmpty @Size(max = 500)
          List<@NotBlank String> modelIds,
      @Schema(example = "PROVINCE") @NotNull Level level,
      @Schema(example = "2026") @NotNull Integer year,
      @Schema(example = "1520-QĐ/TU") @NotBlank @Size(max = 100) @CleanText String decisionNumber,
      @Schema(example = "2026-11-20") @NotNull LocalDate decisionDate,
      @Schema(example = "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")
          @NotBlank
          @Size(max = 200)
          @CleanText
          String signer) {

    Decision decision() {
      return new Decision(decisionNumber, decisionDate, signer);
    }
  }

  record Reject(
      @Schema(example = "MAU-MH-01") @NotBlank String modelId,
      @Schema(example = "COMMUNE") @NotNull Level level,
      @Schema(example = "2026") @NotNull Integer year,
      @Schema(example = "[\"Chưa có kết quả đo đếm được\", \"Thời gian triển khai dưới 06 tháng\"]")
          @NotEmpty
          @Size(max = 20)
          List<@NotBlank @Size(max = 1000) @CleanText String> reasons) {}

  record ReEvaluate(
      @Schema(example = "2027", description = "Năm được đánh giá lại (sau năm công nhận)") @NotNull
          Integer year,
      @Schema(
              example = "SUSTAINED",
              description =
                  "SUSTAINED = duy trì hiệu quả; LAPSED = không còn hiệu quả, thu hồi công nhận")
          @NotNull
          ReEvaluation.Outcome outcome,
      @Schema(example = "Mô hình không còn duy trì sinh hoạt từ quý II")
          @Size(max = 2000)
          @CleanText
          String reason,
      @Schema(example = "Đề nghị tiếp tục nhân rộng ra các thôn, bản") @Size(max = 5000) @CleanText
          String notes,
      @Schema(example = "Ban Chỉ đạo phong trào \"Dân vận khéo\" xã Mường Nhé")
          @NotBlank
          @Size(max = 200)
          @CleanText
          String evaluator,
      @Schema(
              example = "[\"Chưa cập nhật số liệu kết quả quý IV\"]",
              description = "Hạn chế, tồn tại cần khắc phục (mục 11.6 Chỉ thị 11-CT/TU)")
          @Size(max = 20)
          List<@NotBlank @Size(max = 1000) @CleanText String> shortcomings,
      @Schema(
              example = "[\"Bổ sung sổ theo dõi kết quả, báo cáo trước 31/12\"]",
              description = "Biện pháp khắc phục")
          @Size(max = 20)
          List<@NotBlank @Size(max = 1000) @CleanText String> measures) {}
}
