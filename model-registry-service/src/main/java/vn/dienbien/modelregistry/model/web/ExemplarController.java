package vn.dienbien.modelregistry.model.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.modelregistry.model.Field;
import vn.dienbien.modelregistry.model.Kind;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.ModelFilter;
import vn.dienbien.modelregistry.model.ModelStatus;
import vn.dienbien.modelregistry.model.TargetArea;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@Tag(name = "Điển hình", description = "Điển hình \"Dân vận khéo\": tập thể hoặc cá nhân")
@RestController
@RequestMapping(value = "/api/v1/exemplars", produces = MediaType.APPLICATION_JSON_VALUE)
class ExemplarController {

  private static final String PATH = "/api/v1/exemplars";
  private final ModelApi api;

  ExemplarController(ModelApi api) {
    this.api = api;
  }

  @Operation(
      summary = "Đăng ký điển hình mới (tập thể hoặc cá nhân)",
      description =
          "Tạo mô hình và đăng ký năm đầu tiên ở cấp đã chọn; " + "phát sự kiện model-registered.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ModelView> create(
      @Valid @RequestBody ModelRequests.Create body,
      @RequestHeader(name = "X-User-Id", required = false) String actorId) {
    return api.create(Kind.EXEMPLAR, body, actorId, PATH);
  }

  @Operation(
      summary = "Tra cứu điển hình",
      description =
          "Lọc theo đơn vị, lĩnh vực, đối tượng/địa bàn, cấp, trạng thái, "
              + "năm đăng ký; q tìm không phân biệt dấu (\"dan van kheo\" khớp \"Dân vận khéo\").")
  @GetMapping
  PagedResponse<ModelView> list(
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) Field field,
      @RequestParam(required = false) TargetArea targetArea,
      @RequestParam(required = false) Level level,
      @RequestParam(required = false) ModelStatus status,
      @RequestParam(required = false) Integer year,
      @Parameter(example = "mot cua") @RequestParam(required = false) String q,
      @Parameter(
              description =
                  "true: chỉ những hồ sơ người gọi có thẩm quyền quyết định (lãnh đạo đơn vị: đơn"
                      + " vị mình và đơn vị trực thuộc ở cấp xã; Ban Tuyên giáo và Dân vận: cấp"
                      + " tỉnh)")
          @RequestParam(defaultValue = "false")
          boolean decidableByMe,
      PageQuery page) {
    return api.list(
        new ModelFilter(Kind.EXEMPLAR, unitId, field, targetArea, level, status, year, q),
        decidableByMe,
        page);
  }

  @Operation(
      summary = "Xem một điển hình với toàn bộ lịch sử đăng ký, đánh giá, công nhận, khen thưởng")
  @GetMapping("/{id}")
  ModelView get(@PathVariable String id) {
    return api.get(Kind.EXEMPLAR, id);
  }

  @Operation(
      summary = "Đăng ký năm mới hoặc đăng ký cấp tỉnh",
      description =
          "Đăng ký cấp tỉnh chỉ dành cho mô hình đã được công nhận cấp xã và còn hiệu lực (409 nếu không).")
  @PostMapping("/{id}/registrations")
  ModelView register(
      @PathVariable String id,
      @Valid @RequestBody ModelRequests.Register body,
      @RequestHeader(name = "X-User-Id", required = false) String actorId) {
    return api.register(Kind.EXEMPLAR, id, body, actorId);
  }
}
