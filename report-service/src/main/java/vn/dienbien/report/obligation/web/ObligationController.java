package vn.dienbien.report.obligation.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
import vn.dienbien.report.obligation.ExtensionRequest;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.report.obligation.Obligations;

@RestController
@RequestMapping("/api/v1/obligations")
@Tag(
    name = "Nghĩa vụ báo cáo",
    description = "Các kỳ báo cáo mỗi đơn vị phải nộp theo nhiệm vụ được giao")
class ObligationController {

  /** API sort properties and the document fields they order by. */
  private static final Map<String, String> SORT_FIELDS =
      Map.of(
          "dueDate", "dueDate",
          "unitId", "assignment.unitId",
          "state", "state",
          "directiveNumber", "assignment.directiveNumber");

  private final Obligations obligations;
  private final MongoTemplate mongo;
  private final Clock clock;
  private final CurrentActor actor;

  ObligationController(
      Obligations obligations, MongoTemplate mongo, Clock clock, CurrentActor actor) {
    this.obligations = obligations;
    this.mongo = mongo;
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
    Query query = filter(actor.readableUnit(unitId).orElse(null), directiveNumber, state);
    due(query, overdue, dueFrom, dueTo);
    if (Boolean.TRUE.equals(extensionPending)) {
      query.addCriteria(where("extensionRequests.decision").is(ExtensionRequest.Decision.PENDING));
    }
    return page(query, page);
  }

  private PagedResponse<ObligationView> page(Query query, PageQuery page) {
    long total = mongo.count(query, Obligation.class);
    page.apply(query, SORT_FIELDS, Sort.by("dueDate"));
    var items =
        mongo.find(query, Obligation.class).stream()
            .map(o -> ObligationView.of(o, clock.getZone()))
            .toList();
    return PagedResponse.of(items, total, page);
  }

  private static Query filter(String unitId, String directiveNumber, ObligationState state) {
    Query query = new Query();
    if (unitId != null) {
      query.addCriteria(where("assignment.unitId").is(unitId));
    }
    if (directiveNumber != null) {
      query.addCriteria(where("assignment.directiveNumber").is(directiveNumber));
    }
    if (state != null) {
      query.addCriteria(where("state").is(state));
    }
    return query;
  }

  private static void requireOrdered(LocalDate dueFrom, LocalDate dueTo) {
    if (dueFrom != null && dueTo != null && dueTo.isBefore(dueFrom)) {
      throw ApiProblem.invalidField(
          "dueTo", "phải cùng ngày hoặc sau dueFrom", InputFormats.DATE, null);
    }
  }

  /** Overdue today or not, and due within dueFrom..dueTo, either bound open. */
  private void due(Query query, Boolean overdue, LocalDate dueFrom, LocalDate dueTo) {
    if (overdue != null) {
      query.addCriteria(overdue(overdue, LocalDate.now(clock)));
    }
    if (dueFrom != null || dueTo != null) {
      var due = where("dueDate");
      query.addCriteria(
          dueTo == null
              ? due.gte(dueFrom)
              : dueFrom == null ? due.lte(dueTo) : due.gte(dueFrom).lte(dueTo));
    }
  }

  /** Overdue = past its due date (today excluded) and still owing a report (open or returned). */
  private static Criteria overdue(boolean overdue, LocalDate today) {
    var owing = new Object[] {ObligationState.OPEN, ObligationState.RETURNED};
    return overdue
        ? new Criteria().andOperator(where("dueDate").lt(today), where("state").in(owing))
        : new Criteria().orOperator(where("dueDate").gte(today), where("state").nin(owing));
  }
}
