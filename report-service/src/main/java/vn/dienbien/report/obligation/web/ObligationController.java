package vn.dienbien.report.obligation.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.report.obligation.Obligations;

@RestController
@RequestMapping("/api/v1/obligations")
@Tag(
    name = "Nghĩa vụ báo cáo",
    description = "Các kỳ báo cáo mỗi đơn vị phải nộp theo nhiệm vụ được giao")
class ObligationController {

  private static final int MAX_PAGE = 500;

  private final Obligations obligations;
  private final MongoTemplate mongo;
  private final Clock clock;

  ObligationController(Obligations obligations, MongoTemplate mongo, Clock clock) {
    this.obligations = obligations;
    this.mongo = mongo;
    this.clock = clock;
  }

  @GetMapping("/{id}")
  @Operation(summary = "Xem một nghĩa vụ báo cáo và lịch sử các lần nộp")
  ObligationView get(@PathVariable String id) {
    return obligations
        .byId(id)
        .map(o -> ObligationView.of(o, clock.getZone()))
        .orElseThrow(() -> ApiProblem.notFound("nghĩa vụ báo cáo", id));
  }

  @GetMapping
  @Operation(summary = "Tìm nghĩa vụ báo cáo theo đơn vị, chỉ thị, trạng thái, hạn nộp")
  List<ObligationView> find(
      @Parameter(example = "XA-MUONG-NHE") @RequestParam(required = false) String unitId,
      @Parameter(example = "11-CT/TU") @RequestParam(required = false) String directiveNumber,
      @RequestParam(required = false) ObligationState state,
      @Parameter(example = "2026-01-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueFrom,
      @Parameter(example = "2026-12-31")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueTo) {
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
    if (dueFrom != null || dueTo != null) {
      var due = where("dueDate");
      query.addCriteria(
          dueTo == null
              ? due.gte(dueFrom)
              : dueFrom == null ? due.lte(dueTo) : due.gte(dueFrom).lte(dueTo));
    }
    query.with(Sort.by("dueDate", "_id")).limit(MAX_PAGE);
    return mongo.find(query, Obligation.class).stream()
        .map(o -> ObligationView.of(o, clock.getZone()))
        .toList();
  }
}
