package vn.dienbien.directive.unit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.directive.unit.Level;
import vn.dienbien.directive.unit.UnitDirectory;
import vn.dienbien.directive.unit.UnitImport;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@RestController
@RequestMapping("/api/v1/units")
@Tag(
    name = "Đơn vị",
    description =
        "Danh mục đơn vị: tỉnh, cơ quan cấp tỉnh, 45 đơn vị hành chính cấp xã và các cơ quan của xã")
class UnitController {

  private final UnitDirectory directory;
  private final UnitImport unitImport;

  UnitController(UnitDirectory directory, UnitImport unitImport) {
    this.directory = directory;
    this.unitImport = unitImport;
  }

  @GetMapping
  @Operation(
      summary = "Tra cứu đơn vị",
      description =
          "Lọc theo cấp, loại, đơn vị cấp trên, trạng thái; q tìm theo tên không phân biệt dấu. "
              + "parentId=TINH-DIEN-BIEN: 45 đơn vị hành chính cấp xã; parentId=<mã xã>: các cơ quan của xã")
  PagedResponse<UnitView> search(
      @RequestParam(required = false) Level level,
      @RequestParam(required = false) String kind,
      @Parameter(example = "TINH-DIEN-BIEN") @RequestParam(required = false) String parentId,
      @Parameter(example = "muong nhe") @RequestParam(required = false) String q,
      @RequestParam(required = false) Boolean active,
      PageQuery page) {
    return PagedResponse.ofAll(
        directory.search(new UnitDirectory.Filter(level, kind, parentId, q, active)).stream()
            .map(UnitView::of)
            .toList(),
        page);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Xem một đơn vị")
  UnitView get(@PathVariable String id) {
    return directory
        .find(id)
        .map(UnitView::of)
        .orElseThrow(() -> ApiProblem.notFound("đơn vị", id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Thêm đơn vị", description = "Phát sự kiện unit-changed (CREATED)")
  UnitView create(
      @Valid @RequestBody UnitRequest request,
      @RequestHeader(value = "X-User-Id", required = false) String actor) {
    checkParent(request.parentId());
    checkSourced(request);
    return UnitView.of(directory.createOrConflict(request.toUnit(request.code()), actor));
  }

  @PutMapping("/{id}")
  @Operation(
      summary = "Sửa đơn vị",
      description = "Mã đơn vị không đổi; phát unit-changed (UPDATED) nếu có thay đổi")
  UnitView update(
      @PathVariable String id,
      @Valid @RequestBody UnitRequest request,
      @RequestHeader(value = "X-User-Id", required = false) String actor) {
    if (!id.equals(request.code())) {
      throw ApiProblem.invalidField("code", "mã đơn vị không được thay đổi");
    }
    checkParent(request.parentId());
    checkSourced(request);
    directory.update(request.toUnit(id), actor);
    return get(id);
  }

  @DeleteMapping("/{id}")
  @Operation(
      summary = "Ngừng hoạt động đơn vị",
      description = "Giữ lịch sử; phát unit-changed (DEACTIVATED)")
  UnitView deactivate(
      @PathVariable String id, @RequestHeader(value = "X-User-Id", required = false) String actor) {
    return UnitView.of(directory.deactivate(id, actor));
  }

  @PostMapping(
      value = "/import",
      consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @Operation(
      summary = "Nhập danh mục đơn vị từ CSV",
      description =
          "Cột: code,name,kind,level,parent_code,groups,official_code,confirmed,source; bảng mã UTF-8 nếu Content-Type không ghi charset. "
              + "Kiểm tra mọi dòng trước khi ghi; "
              + "có dòng lỗi thì không ghi gì và trả về lỗi theo từng dòng (rows[n].cột)")
  UnitImport.Report importCsv(
      HttpEntity<byte[]> file, @RequestHeader(value = "X-User-Id", required = false) String actor) {
    // Bytes, not String: Spring would decode a text/csv body without charset as ISO-8859-1.
    MediaType type = file.getHeaders().getContentType();
    return unitImport.importCsv(file.getBody(), type == null ? null : type.getCharset(), actor);
  }

  private static void checkSourced(UnitRequest request) {
    if (Boolean.TRUE.equals(request.confirmed())
        && (request.source() == null || request.source().isBlank())) {
      throw ApiProblem.invalidField("source", "đơn vị đã xác nhận phải ghi nguồn xác nhận");
    }
  }

  private void checkParent(String parentId) {
    if (parentId != null && !parentId.isBlank()) {
      directory.requireActive(parentId, "parentId");
    }
  }
}
