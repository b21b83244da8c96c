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
import vn.dienbien.platform.web.InputFormats;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

/**
 * Read-only access to the audit trail (ADMIN, MONITOR); there is deliberately no write endpoint.
 */
@RestController
@Tag(name = "Nhật ký kiểm toán", description = "Ai đã thay đổi gì, khi nào, cho đơn vị nào")
class AuditController {

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
  PagedResponse<AuditEntry> search(
      @Parameter(example = "officer.muongnhe") @RequestParam Optional<String> user,
      @Parameter(example = "XA-MUONG-NHE") @RequestParam Optional<String> unit,
      @Parameter(description = "Mã đối tượng: id trong đường dẫn hoặc id được tạo") @RequestParam
          Optional<String> subject,
      @Parameter(example = "/api/v1/reports") @RequestParam Optional<String> pathPrefix,
      @Parameter(example = "2026-11-01T00:00:00+07:00") @RequestParam Optional<OffsetDateTime> from,
      @Parameter(example = "2026-11-30T00:00:00+07:00") @RequestParam Optional<OffsetDateTime> to,
      PageQuery page) {
    if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
      throw ApiProblem.invalidField(
          "to", "phải sau thời điểm bắt đầu (from)", InputFormats.INSTANT, null);
    }
    var search =
        new AuditTrail.Search(
            user,
            unit,
            subject,
            pathPrefix,
            from.map(OffsetDateTime::toInstant),
            to.map(OffsetDateTime::toInstant));
    AuditTrail.Page found = trail.search(search, page);
    return PagedResponse.of(found.items(), found.total(), page);
  }
}
