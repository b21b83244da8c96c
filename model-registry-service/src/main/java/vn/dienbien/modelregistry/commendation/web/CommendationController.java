package vn.dienbien.modelregistry.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.modelregistry.commendation.CommendationForm;
import vn.dienbien.modelregistry.commendation.MovementCommendations;
import vn.dienbien.modelregistry.commendation.Recipient;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.platform.validation.CleanText;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@Tag(
    name = "Khen thưởng tập thể, cá nhân",
    description =
        "Biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào (mục 11.6"
            + " Chỉ thị 11-CT/TU), có hoặc không gắn với mô hình: cấp xã do lãnh đạo đơn vị quyết"
            + " định, cấp tỉnh do Ban Tuyên giáo và Dân vận Tỉnh ủy.")
@RestController
@RequestMapping(value = "/api/v1/commendations", produces = MediaType.APPLICATION_JSON_VALUE)
class CommendationController {

  private final MovementCommendations commendations;

  CommendationController(MovementCommendations commendations) {
    this.commendations = commendations;
  }

  record Create(
      @Schema(example = "INDIVIDUAL", description = "COLLECTIVE = tập thể; INDIVIDUAL = cá nhân")
          @NotNull
          Recipient.Kind recipientKind,
      @Schema(example = "Lò Văn Pọm") @NotBlank @Size(max = 300) @CleanText String recipientName,
      @Schema(example = "Trưởng bản Huổi Lếch") @Size(max = 300) @CleanText String position,
      @Schema(example = "XA-MUONG-NHE", description = "Mã đơn vị của tập thể, cá nhân")
          @NotBlank
          @Size(max = 64)
          String unitId,
      @Schema(example = "COMMUNE", description = "COMMUNE = cấp xã; PROVINCE = cấp tỉnh") @NotNull
          Level level,
      @Schema(
              example = "CERTIFICATE_OF_MERIT",
              description =
                  "PRAISE = biểu dương; CERTIFICATE_OF_MERIT = giấy khen (cấp xã);"
                      + " DIPLOMA_OF_MERIT = bằng khen (cấp tỉnh); OTHER = hình thức khác")
          @NotNull
          CommendationForm form,
      @Schema(example = "32-QĐ/ĐU") @NotBlank @Size(max = 100) @CleanText String decisionNumber,
      @Schema(example = "2026-11-20") @NotNull LocalDate decisionDate,
      @Schema(example = "Bí thư Đảng ủy xã Mường Nhé") @Size(max = 200) @CleanText String signer,
      @Schema(example = "Vận động 12 hộ hiến đất mở đường liên bản") @Size(max = 2000) @CleanText
          String achievement,
      @Schema(example = "MAU-MH-01", description = "Mô hình gắn với thành tích (tùy chọn)")
          @Size(max = 64)
          String modelId,
      @Schema(example = "COMMUNE-2025-2030-1", description = "Đợt khen thưởng (tùy chọn)")
          @Size(max = 64)
          String roundId) {

    MovementCommendations.NewCommendation toNew() {
      return new MovementCommendations.NewCommendation(
          recipientKind,
          recipientName,
          position,
          unitId,
          level,
          form,
          new Decision(decisionNumber, decisionDate, signer),
          achievement,
          blankToNull(modelId),
          blankToNull(roundId));
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }

  @Operation(
      summary = "Ghi quyết định khen thưởng một tập thể hoặc cá nhân",
      description =
          "Không cần mô hình được công nhận. Hình thức phải hợp cấp (giấy khen: cấp xã; bằng khen:"
              + " cấp tỉnh); 403 nếu người ghi không phải lãnh đạo đơn vị (cấp xã) hoặc Ban Tuyên"
              + " giáo và Dân vận (cấp tỉnh); 409 nếu quyết định đã được ghi cho người này;"
              + " phát commendation-recorded.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CommendationView record(
      @Valid @RequestBody Create body,
      @RequestHeader(name = "X-User-Id", required = false) String actorId) {
    return CommendationView.of(commendations.record(body.toNew(), actorId));
  }

  @Operation(summary = "Danh sách khen thưởng tập thể, cá nhân, mới nhất trước")
  @GetMapping
  PagedResponse<CommendationView> list(
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) Level level,
      @RequestParam(required = false) Recipient.Kind recipientKind,
      @RequestParam(required = false) String modelId,
      PageQuery page) {
    var filter = new MovementCommendations.Filter(unitId, level, recipientKind, modelId);
    var items =
        commendations.find(filter, page.offset(), page.size()).stream()
            .map(CommendationView::of)
            .toList();
    return PagedResponse.of(items, commendations.count(filter), page);
  }

  @Operation(summary = "Xem một quyết định khen thưởng tập thể, cá nhân")
  @GetMapping("/{id}")
  CommendationView get(@PathVariable String id) {
    return commendations
        .find(id)
        .map(CommendationView::of)
        .orElseThrow(() -> ApiProblem.notFound("khen thưởng", id));
  }
}
