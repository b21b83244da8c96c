package vn.dienbien.notification.contact.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactForm;
import vn.dienbien.notification.contact.ContactImport;
import vn.dienbien.notification.contact.ContactRegistry;
import vn.dienbien.notification.contact.ImportReport;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(
    name = "Cán bộ nhận thông báo",
    description = "Danh bạ cán bộ: email, số di động, vai trò, kênh ưa thích")
class ContactController {

  private final ContactRegistry registry;
  private final ContactImport importer;

  ContactController(ContactRegistry registry, ContactImport importer) {
    this.registry = registry;
    this.importer = importer;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Thêm cán bộ",
      description = "Số di động được chuẩn hóa về dạng E.164 (+84…)")
  ResponseEntity<Contact> register(@Valid @RequestBody ContactForm form) {
    Contact contact = registry.register(form);
    return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.id())).body(contact);
  }

  @GetMapping
  @Operation(summary = "Danh sách cán bộ của một đơn vị")
  PagedResponse<Contact> ofUnit(
      @Parameter(example = "XA-MUONG-NHE") @RequestParam String unitId, PageQuery page) {
    return PagedResponse.ofAll(registry.ofUnit(unitId), page);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Xem một cán bộ")
  Contact one(@PathVariable String id) {
    return registry.find(id).orElseThrow(() -> ApiProblem.notFound("cán bộ", id));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Sửa thông tin cán bộ")
  Contact change(@PathVariable String id, @Valid @RequestBody ContactForm form) {
    return registry.change(id, form);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Xóa cán bộ",
      description = "Xóa hẳn email và số điện thoại; nhật ký gửi chỉ giữ mã cán bộ")
  void remove(@PathVariable String id) {
    registry.remove(id);
  }

  @PostMapping(
      path = "/import",
      consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @Operation(
      summary = "Nhập danh sách cán bộ từ CSV",
      description =
          "Dòng tiêu đề: Họ và tên, Chức vụ, Mã đơn vị, Vai trò, Email, Số điện thoại. "
              + "Dòng lỗi được báo cáo theo số dòng và không được lưu; cán bộ trùng email/số di động được cập nhật.")
  ImportReport importCsv(
      HttpEntity<byte[]> csv, @RequestParam(defaultValue = "false") boolean dryRun) {
    // UTF-8 unless the request names another charset: text/csv would otherwise default to Latin-1.
    MediaType type = csv.getHeaders().getContentType();
    var charset =
        type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
    byte[] body = csv.getBody() == null ? new byte[0] : csv.getBody();
    return importer.importCsv(new String(body, charset), dryRun);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Nhập danh sách cán bộ từ tệp CSV tải lên")
  ImportReport importFile(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun)
      throws IOException {
    return importer.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8), dryRun);
  }
}
