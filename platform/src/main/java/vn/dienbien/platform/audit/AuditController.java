package vn.dienbien.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.web.ApiProblem;

/**
 * Read-only access to the audit trail (ADMIN, MONITOR); there is deliberately no write endpoint.
 */
@RestController
@Tag(name = "Nhật ký kiểm toán", description = "Ai đã thay đổi gì, khi nào, cho đơn vị nào")
class AuditController {

  private static final int MAX_SIZE = 200;

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/api/v1/audit")
  @Operation(
      summary = "Tra cứu nhật ký thay đổi",
      description =
          "Mới nhất trước; lọc theo người, đơn vị, "
              + "đối tượng, tiền tố đường dẫn và khoảng thời gian [from, to). Chỉ ADMIN và MONITOR.")
  AuditTrail.Page search(
      @Parameter(example = "officer.muongnhe") @RequestParam Optional<String> user,
      @Parameter(example = "XA-MUONG-NHE") @RequestParam Optional<String> unit,
      @Parameter(
              description = "Mã đối tượng: id trong đường dẫn hoặc id được tạo",
              example = "R-2026-0001")
          @RequestParam
          Optional<String> subject,
      @Parameter(example = "/api/v1/reports") @RequestParam Optional<String> pathPrefix,
      @Parameter(example = "2026-11-01T00:00:00+07:00") @RequestParam Optional<OffsetDateTime> from,
      @Parameter(example = "2026-11-30T00:00:00+07:00") @RequestParam Optional<OffsetDateTime> to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0) {
      throw ApiProblem.invalidField("page", "phải lớn hơn hoặc bằng 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiProblem.invalidField("size", "phải từ 1 đến " + MAX_SIZE);
    }
    if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
      throw ApiProblem.invalidField("to", "phải sau thời điểm bắt đầu (from)");
    }
    var search =
        new AuditTrail.Search(
            user,
            unit,
            subject,
            pathPrefix,
            from.map(OffsetDateTime::toInstant),
            to.map(OffsetDateTime::toInstant));
    return trail.search(search, page, size);
  }
}
