package vn.dienbien.modelregistry.model.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.dienbien.modelregistry.model.ExemplarType;
import vn.dienbien.modelregistry.model.Field;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Profile;
import vn.dienbien.modelregistry.model.TargetArea;
import vn.dienbien.platform.validation.CleanText;

/** Request bodies of the models and exemplars API. */
final class ModelRequests {

  private ModelRequests() {}

  @Schema(description = "Đăng ký mô hình/điển hình \"Dân vận khéo\" mới, kèm đăng ký năm đầu tiên")
  record Create(
      @Schema(
              example =
                  "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính tại Bộ phận một cửa")
          @NotBlank
          @Size(max = 300)
          @CleanText
          String name,
      @Schema(example = "XA-MUONG-NHE", description = "Mã đơn vị chủ quản (danh mục đơn vị)")
          @NotBlank
          @Size(max = 64)
          String unitId,
      @Schema(description = "Chỉ dùng cho điển hình: tập thể hoặc cá nhân")
          ExemplarType exemplarType,
      @Schema(example = "POLITICAL_SYSTEM") @NotNull Field field,
      @Schema(
              example = "ADMINISTRATIVE_PROCEDURES",
              description = "Một đối tượng, địa bàn (cách gửi cũ); dùng targetAreas để chọn nhiều")
          TargetArea targetArea,
      @Schema(
              example = "[\"ETHNIC_MINORITY_AREAS\", \"BORDER_AREAS\"]",
              description =
                  "Các vùng, địa bàn và lĩnh vực mô hình hướng tới (mục 11.2, 11.4, 11.7 Chỉ thị"
                      + " 11-CT/TU); gộp với targetArea, bỏ trùng")
          @Size(max = 14)
          List<@NotNull TargetArea> targetAreas,
      @Schema(
              example =
                  "Cán bộ Bộ phận một cửa hướng dẫn tận tình, trả kết quả tại nhà cho người cao tuổi")
          @Size(max = 5000)
          @CleanText
          String description,
      @Schema(example = "2025-08-01") @PastOrPresent LocalDate startDate,
      @Size(max = 50) List<@NotNull @Valid ResultLine> results,
      @Size(max = 50) List<@NotNull @Valid EvidenceLink> evidence,
      @Schema(
              example = "11-CT/TU#11.2",
              description = "Nhiệm vụ của chỉ thị mà mô hình phục vụ (tùy chọn)")
          @Size(max = 100)
          @CleanText
          String directiveTaskId,
      @Schema(example = "2026") @NotNull Integer year,
      @Schema(
              example = "COMMUNE",
              description =
                  "COMMUNE = cấp xã (cấp mình của xã, phường, cơ quan, đơn vị); PROVINCE = cấp tỉnh")
          @NotNull
          Level level) {

    private List<TargetArea> allTargetAreas() {
      var all = new java.util.ArrayList<TargetArea>();
      if (targetArea != null) {
        all.add(targetArea);
      }
      if (targetAreas != null) {
        all.addAll(targetAreas);
      }
      return all;
    }

    Profile profile() {
      return new Profile(
          name,
          exemplarType,
          field,
          null,
          allTargetAreas(),
          description,
          startDate,
          results == null
              ? List.of()
              : results.stream().map(r -> new Profile.Result(r.indicator(), r.value())).toList(),
          evidence == null
              ? List.of()
              : evidence.stream().map(e -> new Profile.Evidence(e.title(), e.url())).toList(),
          directiveTaskId);
    }
  }

  record ResultLine(
      @Schema(example = "Tỷ lệ hồ sơ giải quyết trước và đúng hạn")
          @NotBlank
          @Size(max = 300)
          @CleanText
          String indicator,
      @Schema(example = "98,5%") @NotBlank @Size(max = 100) @CleanText String value) {}

  record EvidenceLink(
      @Schema(example = "Báo cáo kết quả thực hiện mô hình năm 2026")
          @NotBlank
          @Size(max = 300)
          @CleanText
          String title,
      @Schema(example = "https://vanban.dienbien.gov.vn/tai-lieu/bc-mh-2026.pdf")
          @NotBlank
          @Size(max = 1000)
          @Pattern(regexp = "https?://\\S+")
          String url) {}

  @Schema(description = "Đăng ký mô hình cho một năm và một cấp (ví dụ đăng ký cấp tỉnh)")
  record Register(
      @Schema(example = "2026") @NotNull Integer year,
      @Schema(example = "PROVINCE") @NotNull Level level) {}
}
