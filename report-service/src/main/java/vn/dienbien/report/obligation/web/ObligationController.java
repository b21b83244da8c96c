package vn.dienbien.report.obligation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.InputFormats;
import vn.dienbien.platform.web.PageParams;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.readmodel.ObligationFilter;
import vn.dienbien.report.obligation.readmodel.ObligationProjection;

@RestController
@RequestMapping("/api/v1/obligations")
@Tag(
    name = "Nghĩa vụ báo cáo",
    description = "Các kỳ báo cáo mỗi đơn vị phải nộp theo nhiệm vụ được giao")
class ObligationController {

  private final Obligations obligations;
  private final ObligationListing listing;
  private final Clock clock;
  private final CurrentActor actor;

  ObligationController(
      Obligations obligations, ObligationProjection projection, Clock clock, CurrentActor actor) {
    this.obligations = obligations;
    this.listing = new ObligationListing(projection, obligations);
    this.clock = clock;
    this.actor = actor;
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "Xem một nghĩa vụ báo cáo và lịch sử các lần nộp",
      description = "Cán bộ đơn vị chỉ xem được nghĩa vụ của đơn vị mình")
  ObligationView get(@PathVariable String id) {
    Obligation obligation =
        obligations.byId(id).orElseThrow(() -> ApiProblem.notFound("nghĩa vụ báo cáo", id));
    actor.requireUnit(obligation.unitId());
    return ObligationView.of(obligation, clock.getZone());
  }

  @GetMapping
  @Operation(
      summary = "Tìm nghĩa vụ báo cáo theo đơn vị, chỉ thị, trạng thái, hạn nộp, quá hạn",
      description =
          "Phân trang (page, size ≤ 500) và sắp xếp (sort=dueDate,asc | unitId | state |"
              + " directiveNumber); overdue=true: đã quá hạn mà chưa nộp (hoặc bị trả lại),"
              + " tính theo ngày hôm nay ở Asia/Ho_Chi_Minh; extensionPending=true: có đề nghị"
              + " gia hạn đang chờ quyết định. Cán bộ đơn vị chỉ thấy nghĩa vụ của đơn vị mình.")
  PagedResponse<ObligationView> find(
      @Parameter(example = "XA-MUONG-NHE") @RequestParam(required = false) String unitId,
      @Parameter(example = "11-CT/TU") @RequestParam(required = false) String directiveNumber,
      @RequestParam(required = false) ObligationState state,
      @Parameter(description = "true: quá hạn chưa nộp; false: chưa quá hạn hoặc đã nộp")
          @RequestParam(required = false)
          Boolean overdue,
      @Parameter(example = "2026-01-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueFrom,
      @Parameter(example = "2026-12-31")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueTo,
      @Parameter(description = "true: chỉ các kỳ có đề nghị gia hạn đang chờ quyết định")
          @RequestParam(required = false)
          Boolean extensionPending,
      @PageParams(
              sort = {"dueDate", "unitId", "state", "directiveNumber"},
              defaultSort = "dueDate,asc")
          PageQuery page) {
    requireOrdered(dueFrom, dueTo);
    String unit = actor.readableUnit(unitId).orElse(null);
    boolean pending = Boolean.TRUE.equals(extensionPending);
    LocalDate today = LocalDate.now(clock);
    var filter =
        new ObligationFilter(unit, directiveNumber, state, overdue, dueFrom, dueTo, pending, today);
    return listing.page(filter, page, clock.getZone());
  }

  private static void requireOrdered(LocalDate dueFrom, LocalDate dueTo) {
    if (dueFrom != null && dueTo != null && dueTo.isBefore(dueFrom)) {
      throw ApiProblem.invalidField(
          "dueTo", "phải cùng ngày hoặc sau dueFrom", InputFormats.DATE, null);
    }
  }
}
